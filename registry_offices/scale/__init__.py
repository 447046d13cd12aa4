"""A decade of the country's data, made up, for measuring (`manage.py generate_scale`).

PostgreSQL only: rows go in with COPY, one transaction per batch of couples together with the
marker row that says the batch is done, so an interrupted run leaves no half-made batch and the next
run carries on from the marker. Everything is drawn from a seeded generator per batch: the same
seed and size make the same rows.

This tool writes the tables of several apps (learning, notices, accounts, resource centres) that sit
above registry_offices: it reaches them by table name through the app registry, never by importing
their code, and it is not part of the product's runtime.
"""
