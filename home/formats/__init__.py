"""Date and number formats Django does not ship: its `django.conf.locale` has no `kk` module.

Django looks here first (`FORMAT_MODULE_PATH`) and falls back to its own modules: `ru` only
changes its times to two-digit hours (08:30, as kk writes them); `en` keeps Django's formats.
"""
