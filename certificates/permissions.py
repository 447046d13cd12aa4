"""The certificate's permission policy: group permissions say what, the office scope says which."""

from wagtail.admin.auth import PermissionPolicyChecker

from registry_offices.permissions import OfficeScopedPermissionPolicy

from .models import Certificate
from .scoping import certificates_for_user

certificate_policy = OfficeScopedPermissionPolicy(Certificate, certificates_for_user)
# view: the counter and the certificate's page; accept: at the registration; change: revoke,
# reissue.
certificates_checker = PermissionPolicyChecker(certificate_policy)
