"""Certificates: the certificate, its verbs, verify page, PDF, Verifiable Credential and status lists."""
