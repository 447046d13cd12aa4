"""manage.py certificate_keys create|rotate|list|compromise: the offices' signing keys.

    certificate_keys create [--office CODE ...]   a key for every office (or these) without one;
                                                  the project CA first if there is none
    certificate_keys rotate --office CODE ...     a new active key; the old one stays published
    certificate_keys list                         every key: office, id, state, dates
    certificate_keys compromise KEY_ID            stop trusting a key; its credentials are revoked,
                                                  and the office gets a new key

Private keys are generated here and stored encrypted (CERTIFICATE_KEYS_KEK); nothing secret is
printed.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from registry_offices.models import RegistryOffice

from ...models import OfficeKey, SigningAuthority


class Command(BaseCommand):
    help = "Create, rotate, list or mark compromised the registry offices' signing keys."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Keys for offices that have none (and the CA).")
        create.add_argument("--office", action="append", default=[], help="an office's code")
        rotate = sub.add_parser("rotate", help="A new active key; the old one stays published.")
        rotate.add_argument("--office", action="append", required=True, help="an office's code")
        sub.add_parser("list", help="Every key and its state.")
        compromise = sub.add_parser("compromise", help="Stop trusting a key.")
        compromise.add_argument("key_id")

    def handle(self, *args, action: str, **options) -> None:
        getattr(self, f"_{action}")(**options)

    def _offices(self, codes: list[str]):
        offices = RegistryOffice.objects.order_by("code")
        if codes:
            offices = offices.filter(code__in=codes)
            missing = set(codes) - set(offices.values_list("code", flat=True))
            if missing:
                raise CommandError(f"No registry office has the code {', '.join(sorted(missing))}.")
        return list(offices)

    def _authority(self) -> SigningAuthority:
        authority = SigningAuthority.objects.current()
        if authority is None:
            authority = SigningAuthority.create()
            self.stdout.write(f"Created the project CA: {authority.name}")
        return authority

    def _create(self, office: list[str], **options) -> None:
        self._authority()
        made = 0
        for item in self._offices(office):
            if OfficeKey.objects.active().filter(office=item).exists():
                continue
            key = OfficeKey.create_for(item)
            made += 1
            self.stdout.write(f"{item.code}: created key {key.key_id}")
        self.stdout.write(f"{made} key(s) created.")

    def _rotate(self, office: list[str], **options) -> None:
        self._authority()
        for item in self._offices(office):
            with transaction.atomic():
                key = OfficeKey.create_for(item)
            self.stdout.write(f"{item.code}: new active key {key.key_id} (the old one is retired)")

    def _list(self, **options) -> None:
        for key in OfficeKey.objects.select_related("office").order_by(
            "office__code", "created_at"
        ):
            if key.compromised_at:
                state = f"compromised {key.compromised_at:%Y-%m-%d %H:%M}"
            elif key.retired_at:
                state = f"retired {key.retired_at:%Y-%m-%d}"
            else:
                state = "active"
            self.stdout.write(
                f"{key.office.code}\t{key.key_id}\t{state}\t{key.created_at:%Y-%m-%d}"
            )

    def _compromise(self, key_id: str, **options) -> None:
        key = OfficeKey.objects.filter(key_id=key_id).first()
        if key is None:
            raise CommandError(f"No key has the id {key_id}.")
        if key.compromised_at:
            raise CommandError(f"Key {key_id} is already marked compromised.")
        revoked = key.mark_compromised()
        # The office goes on signing (its status lists, new certificates) with a new key at once.
        replacement = OfficeKey.create_for(key.office)
        self.stdout.write(
            f"Key {key_id} marked compromised; {revoked} credential(s) revoked in their status "
            f"lists. New active key for {key.office.code}: {replacement.key_id}. Reissue the "
            "couples' certificates that are still needed."
        )
