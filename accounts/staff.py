"""Who counts as staff: anyone who can open the Wagtail admin (every role, administrators too)."""


def is_staff_user(user) -> bool:
    """Clerks, heads, analysts, centre staff, editors, moderators and administrators all reach
    personal data or publishing through the admin, so all of them get the staff defences."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )
