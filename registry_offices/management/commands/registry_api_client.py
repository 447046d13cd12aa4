"""Make, rotate or revoke a registry API client from the shell (the admin has the same screens).

    manage.py registry_api_client create "Astana IS" --office astana-1 --scope applications:write ...
    manage.py registry_api_client rotate <client id>
    manage.py registry_api_client revoke <client id>

The secret is printed once; only its hash is kept."""

from django.core.management.base import BaseCommand, CommandError

from registry_offices.api.clients import create_client, revoke, rotate_secret
from registry_offices.models import ApiClient, RegistryOffice, Scope


class Command(BaseCommand):
    help = "Create, rotate or revoke a registry API client (OAuth2 client credentials)."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create")
        create.add_argument("name")
        create.add_argument("--office", action="append", required=True, help="an office code")
        create.add_argument(
            "--scope", action="append", choices=[s.value for s in Scope], help="default: all"
        )
        for name in ("rotate", "revoke"):
            sub.add_parser(name).add_argument("client_id")

    def handle(self, *args, action: str, **options) -> None:
        if action == "create":
            offices = list(RegistryOffice.objects.filter(code__in=options["office"]))
            missing = set(options["office"]) - {o.code for o in offices}
            if missing:
                raise CommandError(f"No such office: {', '.join(sorted(missing))}")
            scopes = options["scope"] or [s.value for s in Scope]
            client, secret = create_client(options["name"], offices, scopes)
            self.stdout.write(f"client_id={client.client_id}\nclient_secret={secret}")
            return
        client = ApiClient.objects.filter(application__client_id=options["client_id"]).first()
        if client is None:
            raise CommandError("No such client.")
        if action == "rotate":
            self.stdout.write(f"client_secret={rotate_secret(client)}")
        else:
            revoke(client)
            self.stdout.write("revoked")
