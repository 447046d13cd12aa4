"""Staff sign-in to OWASP ASVS level 2: lockout, the second factor, session timeouts,
re-authentication before sensitive acts, password rules and the security log.

Layer: right above `home` (it uses home.ratelimit for the client's address and the reset limits);
registry_offices and resource_centers call down into it (`reauth`, `SecurityEvent`), never the
other way.
"""
