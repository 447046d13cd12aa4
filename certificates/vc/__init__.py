"""W3C Verifiable Credentials without Django: documents, proofs, VC-JOSE and status lists."""
