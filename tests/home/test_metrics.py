"""Prometheus metrics (home/metrics.py): counted by route name, never by path; the certificate
counters the certificate's signal receivers call; nothing served through the site's URLs."""

from prometheus_client import REGISTRY

from home import metrics


def _value(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_a_request_is_counted_by_its_route_name_and_status_class(client, db):
    before = _value("otbasy_http_requests_total", route="healthz", method="GET", status="2xx")
    assert client.get("/healthz").status_code == 200
    after = _value("otbasy_http_requests_total", route="healthz", method="GET", status="2xx")
    assert after == before + 1
    assert _value("otbasy_http_request_duration_seconds_count", route="healthz") >= 1


def test_an_unknown_path_is_one_label_not_one_per_path(client, db):
    before = _value("otbasy_http_requests_total", route="unmatched", method="GET", status="4xx")
    client.get("/no-such-page-x1/")
    client.get("/no-such-page-x2/")
    samples = [
        s.labels["route"]
        for metric in REGISTRY.collect()
        if metric.name == "otbasy_http_requests"
        for s in metric.samples
    ]
    assert not any("no-such-page" in route for route in samples)
    after = _value("otbasy_http_requests_total", route="unmatched", method="GET", status="4xx")
    assert after >= before


def test_the_site_does_not_serve_metrics(client, db):
    assert client.get("/metrics", follow=True).status_code == 404
    assert client.get("/metrics/", follow=True).status_code == 404


def test_certificate_counters_by_office():
    before = _value("certificates_issued_total", office="AST-1")
    metrics.certificate_issued("AST-1")
    metrics.certificate_accepted("AST-1")
    assert _value("certificates_issued_total", office="AST-1") == before + 1
    assert _value("certificates_accepted_total", office="AST-1") >= 1
