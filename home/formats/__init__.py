"""Date and number formats Django does not ship: its `django.conf.locale` has no `kk` module.

Django looks here first (`FORMAT_MODULE_PATH`) and falls back to its own modules, so `ru` and
`en` keep Django's formats.
"""
