"""The certificate moves here from `registry_offices` with its table and rows as they are.

State only: the table `registry_offices_certificate` keeps its name, rows, index and constraint
(this model takes it over by `db_table`); the content type (and any permission granted on it) is
relabelled from `registry_offices` to `certificates`. `registry_offices` 0010 lets go of it.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MODELS = ["certificate"]


def relabel_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="certificates", model__in=MODELS).exists():
        ContentType.objects.filter(app_label="registry_offices", model__in=MODELS).update(
            app_label="certificates"
        )


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="certificates", model__in=MODELS).update(
        app_label="registry_offices"
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("courses", "0006_self_paced_and_quiz_policy"),
        ("registry_offices", "0009_partner_notices_reminder_days"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Certificate',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(editable=False, max_length=16, unique=True, verbose_name='verification code')),
                        ('issued_on', models.DateField(verbose_name='issued on')),
                        ('expires_on', models.DateField(verbose_name='valid until')),
                        ('holder_1', models.CharField(max_length=200, verbose_name="first partner's name")),
                        ('holder_2', models.CharField(max_length=200, verbose_name="second partner's name")),
                        ('study_hours', models.DecimalField(decimal_places=1, max_digits=5, verbose_name='study hours (each partner, at least)')),
                        ('delivery_mode', models.CharField(choices=[('online', 'Online'), ('in_person', 'In person')], default='online', max_length=12, verbose_name='delivery mode')),
                        ('language', models.CharField(default='kk', max_length=2, verbose_name='language')),
                        ('state', models.CharField(choices=[('valid', 'Valid'), ('revoked', 'Revoked'), ('replaced', 'Replaced')], db_index=True, default='valid', max_length=10, verbose_name='state')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                        ('accepted_at', models.DateTimeField(blank=True, null=True, verbose_name='accepted at')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True, verbose_name='revoked at')),
                        ('revoke_reason', models.TextField(blank=True, verbose_name='reason for revoking')),
                        ('accepted_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='accepted by')),
                        ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='certificates', to='registry_offices.courseassignment', verbose_name='course assignment')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('office', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='certificates', to='registry_offices.registryoffice', verbose_name='registry office')),
                        ('replaced_by', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='replaces', to='certificates.certificate', verbose_name='replaced by')),
                        ('revoked_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='revoked by')),
                    ],
                    options={
                        'verbose_name': 'certificate',
                        'verbose_name_plural': 'certificates',
                        'db_table': 'registry_offices_certificate',
                        'ordering': ['-issued_on', '-id'],
                        'permissions': [('accept_certificate', 'Can accept a certificate at the registration')],
                    },
                ),
                migrations.AddIndex(
                    model_name='certificate',
                    index=models.Index(fields=['office', 'accepted_at'], name='certificate_office_acc'),
                ),
                migrations.AddConstraint(
                    model_name='certificate',
                    constraint=models.UniqueConstraint(condition=models.Q(('state', 'replaced'), _negated=True), fields=('assignment',), name='one_current_certificate_per_assignment'),
                ),
            ],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
