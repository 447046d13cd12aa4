# Otbasy Academy: `make run` to try it, `make test` to test it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
MO := locale/kk/LC_MESSAGES/django.mo locale/ru/LC_MESSAGES/django.mo \
	locale/wagtail/kk/LC_MESSAGES/django.mo locale/wagtail/kk/LC_MESSAGES/djangojs.mo
DJANGO_SETTINGS_MODULE ?= config.settings.dev
export DJANGO_SETTINGS_MODULE

.PHONY: run test bench bench-scale cluster cluster-test drill lint format messages system-deps install clean

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -c requirements.lock -e ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

system-deps:
	bash scripts/install-system-deps.sh run

locale/%.mo: locale/%.po
	msgfmt --check -o $@ $<

messages: $(MO)

## Set up, migrate SQLite, load the demo content and serve http://127.0.0.1:8000
run: system-deps $(STAMP) messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

## Set up and run the whole test suite (unit, integration and Playwright journeys in Chromium)
test: $(STAMP)
	bash scripts/install-system-deps.sh test
	$(MAKE) messages
	DJANGO_SETTINGS_MODULE=config.settings.test DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest $(PYTEST_ARGS)

## Measure the pages people wait on under gunicorn + wrk; prints req/s, p50, p99 and ratios
bench: $(STAMP)
	bash scripts/install-system-deps.sh run bench
	$(MAKE) messages
	$(PY) tests/perf/bench.py

## Every staff screen, report, export and purge at 50k couples and at a decade of the country's
## data (SCALE_COUPLES, default 1,300,000) on its own PostgreSQL; fails when a budget is broken
bench-scale: $(STAMP)
	bash scripts/install-system-deps.sh run bench postgres
	$(MAKE) messages
	$(PY) tests/perf/bench_scale.py

## The production topology on loopback: PostgreSQL, Redis, SeaweedFS, 2 gunicorn, worker, nginx
cluster: $(STAMP)
	$(MAKE) messages
	bash scripts/cluster.sh

## The same cluster under a 2½-minute locust run with one instance killed midway (and its
## "instance down" alert checked in Alertmanager); fails on a breach
cluster-test: $(STAMP)
	$(MAKE) messages
	bash scripts/cluster.sh test

## The cluster under load through its faults: the primary killed and the standby promoted, an
## office's data deleted and restored to the moment before (pgBackRest), the media bucket lost
## and restored; prints a table, fails when anything acknowledged is lost (README: "Operating it")
drill: $(STAMP)
	$(MAKE) messages
	bash scripts/cluster.sh drill

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Refresh the kk and ru catalogues from the code (then translate the new entries)
makemessages: $(STAMP)
	$(PY) manage.py makemessages -l kk -l ru --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=tests

clean:
	rm -rf $(VENV) staticfiles .bench .bench-scale
