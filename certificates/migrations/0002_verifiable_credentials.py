"""Verifiable credentials: the offices' signing keys, the project CA, status lists and each
certificate's signed credential (new tables only: nothing big is locked); the clerks' groups get
the new `accept_certificate` permission, and view/change on certificates, which replace the
borrowed `change_courseassignment` for the certificate's acts."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

# Frozen copy (registry_offices/roles.py owns the current list).
GRANTS = {
    "Clerks": ["view_certificate", "accept_certificate", "change_certificate"],
    "Office heads": ["view_certificate", "accept_certificate", "change_certificate"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are made after migrate; the groups need them now (the usual stub trick).
    config = apps.get_app_config("certificates")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="certificates", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("certificates", "0001_initial"),
        ("registry_offices", "0010_certificate_moves_out"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="certificate",
            options={
                "db_table": "registry_offices_certificate",
                "ordering": ["-issued_on", "-id"],
                "permissions": [
                    ("accept_certificate", "Can accept a certificate at the registration")
                ],
                "verbose_name": "certificate",
                "verbose_name_plural": "certificates",
            },
        ),
        migrations.CreateModel(
            name='SigningAuthority',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='name')),
                ('stored_private_key', models.BinaryField(verbose_name='stored private key')),
                ('certificate_pem', models.TextField(verbose_name='X.509 certificate')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
            ],
            options={
                'verbose_name': 'certificate authority',
                'verbose_name_plural': 'certificate authorities',
            },
        ),
        migrations.CreateModel(
            name='OfficeKey',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key_id', models.SlugField(max_length=80, unique=True, verbose_name='key id')),
                ('public_key_multibase', models.CharField(max_length=64, verbose_name='public key')),
                ('stored_private_key', models.BinaryField(verbose_name='stored private key')),
                ('stored_pdf_key', models.BinaryField(verbose_name='stored PDF signing key')),
                ('pdf_certificate_pem', models.TextField(blank=True, verbose_name='X.509 certificate (PDF signatures)')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                ('retired_at', models.DateTimeField(blank=True, null=True, verbose_name='retired at')),
                ('compromised_at', models.DateTimeField(blank=True, null=True, verbose_name='marked compromised at')),
                ('office', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='signing_keys', to='registry_offices.registryoffice', verbose_name='registry office')),
            ],
            options={
                'verbose_name': 'office signing key',
                'verbose_name_plural': 'office signing keys',
                'ordering': ['office_id', 'created_at'],
            },
        ),
        migrations.CreateModel(
            name='StatusList',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveIntegerField(verbose_name='number')),
                ('bits', models.BinaryField(verbose_name='bits')),
                ('allocated', models.PositiveIntegerField(default=0, verbose_name='places taken')),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='updated at')),
                ('office', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='status_lists', to='registry_offices.registryoffice', verbose_name='registry office')),
            ],
            options={
                'verbose_name': 'status list',
                'verbose_name_plural': 'status lists',
            },
        ),
        migrations.CreateModel(
            name='IssuedCredential',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status_index', models.PositiveIntegerField(verbose_name='place in the status list')),
                ('signed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='signed at')),
                ('document', models.JSONField(verbose_name='credential (JSON-LD)')),
                ('jwt', models.TextField(verbose_name='credential (VC-JOSE)')),
                ('certificate', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='credential', to='certificates.certificate', verbose_name='certificate')),
                ('key', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='credentials', to='certificates.officekey', verbose_name='signing key')),
                ('status_list', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='credentials', to='certificates.statuslist', verbose_name='status list')),
            ],
            options={
                'verbose_name': 'signed credential',
                'verbose_name_plural': 'signed credentials',
            },
        ),
        migrations.AddConstraint(
            model_name='officekey',
            constraint=models.UniqueConstraint(condition=models.Q(('compromised_at__isnull', True), ('retired_at__isnull', True)), fields=('office',), name='one_active_key_per_office'),
        ),
        migrations.AddConstraint(
            model_name='statuslist',
            constraint=models.UniqueConstraint(fields=('office', 'number'), name='one_status_list_number'),
        ),
        migrations.AddConstraint(
            model_name='issuedcredential',
            constraint=models.UniqueConstraint(fields=('status_list', 'status_index'), name='one_credential_per_status_place'),
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
