"""Where a patient could take part in a study: its sites ordered by reach, and the nearest site taking
patients in each of the patient's treatment regions (CONTRACT §3: a site may add ``facility``,
``contact`` and ``distance_km``, the last when the case gives ``patient.city``).

Reach comes first: sites taking patients (study.site_open) in a treatment region, nearest first when
the distance is known; then sites taking patients elsewhere; then the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from her2nav.case.models import Case
from her2nav.knowledge.regions import region_countries
from her2nav.trials.matching.places import Point, city_point, distance_km
from her2nav.trials.registry.study import site_open

MAX_SITES_SHOWN = 25
SITE_FIELDS = ("country", "city", "status", "facility", "contact")


@dataclass(frozen=True)
class Whereabouts:
    """What reach needs of a case: its treatment regions (with their countries) and where it lives."""

    regions: tuple[tuple[str, frozenset[str]], ...]
    home: Point | None

    @cached_property
    def countries(self) -> frozenset[str]:
        """Every country of the treatment regions (computed once: read for every study judged)."""
        return frozenset(c for _, countries in self.regions for c in countries)


def whereabouts_of(case: Case) -> Whereabouts:
    table = region_countries()
    regions = tuple((r, table.get(r, frozenset())) for r in case.patient.regions_for_treatment)
    home_countries = table.get(case.patient.region or "", frozenset()) if case.patient.region else frozenset()
    home = city_point(case.patient.city, sorted(home_countries | {c for _, cs in regions for c in cs}))
    return Whereabouts(regions, home)


@cache
def _site_point(city: str, country: str | None) -> Point | None:
    return city_point(city, [country] if country else [])


def _distance(site: Mapping[str, Any], home: Point | None) -> float | None:
    if home is None:
        return None
    geo = site.get("geo")
    point: Point | None = (float(geo[0]), float(geo[1])) if isinstance(geo, list) and len(geo) == 2 else None
    if point is None and site.get("city"):
        point = _site_point(str(site["city"]), site.get("country"))
    return round(distance_km(home, point)) if point is not None else None


def _shown(site: Mapping[str, Any], distance: float | None) -> dict[str, Any]:
    out = {k: site.get(k) for k in ("country", "city", "status")}
    out.update({k: site[k] for k in ("facility", "contact") if site.get(k)})
    if distance is not None:
        out["distance_km"] = distance
    return out


def site_order(
    sites: Iterable[Mapping[str, Any]], study_status: str | None, where: Whereabouts
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(every site, ordered by reach, in the entry's form; the nearest site taking patients per
    treatment region, each naming its ``region``)."""
    countries = where.countries
    ranked = []
    for i, site in enumerate(sites):
        is_open = site_open(site.get("status"), study_status)
        distance = _distance(site, where.home) if is_open and site.get("country") in countries else None
        near = is_open and site.get("country") in countries
        key = (not near, not is_open, distance is None, distance or 0.0, site.get("country") or "", i)
        ranked.append((key, _shown(site, distance), is_open))
    ranked.sort(key=lambda item: item[0])
    ordered = [shown for _, shown, _ in ranked]
    nearest = []
    for region, region_countries_ in where.regions:
        first = next((s for _, s, o in ranked if o and s.get("country") in region_countries_), None)
        if first is not None:
            nearest.append({"region": region, **first})
    return ordered, nearest
