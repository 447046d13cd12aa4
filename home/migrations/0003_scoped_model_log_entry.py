"""A proxy of Wagtail's model log whose site history is scoped by office and centre (no table)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0002_content_locales'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='ScopedModelLogEntry',
            fields=[
            ],
            options={
                'proxy': True,
                'indexes': [],
                'constraints': [],
            },
            bases=('wagtailcore.modellogentry',),
        ),
    ]
