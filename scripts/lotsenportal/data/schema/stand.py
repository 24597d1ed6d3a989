"""`reviewed`: when facts were last confirmed, as precisely as their source says (a day, a month or
a year)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
)
from pydantic.json_schema import WithJsonSchema
from pydantic_core import core_schema

from .values import DATE_PATTERN, reject, today


@dataclass(frozen=True, order=True)
class Stand:
    """When facts were last confirmed, as precisely as their source says: a day
    (2018-07-12), a month (2020-03, a notice of March 2020) or a year (2025). No day is
    invented for a source that names only a month."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        """The latest day it can mean: the age of a month-only date is counted from its end."""
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return date(self.year, 12, 31)
        after = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return date.fromordinal(after.toordinal() - 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return self.first_day.isoformat()

    @classmethod
    def parse(cls, value: Any) -> Stand:
        if isinstance(value, Stand):
            return value
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # a year alone: YAML reads 2025 as a number
        if isinstance(value, str) and _STAND_SHAPE.match(value):
            if re.match(DATE_PATTERN, value):
                day = date.fromisoformat(value)
                return cls(day.year, day.month, day.day)
            if re.match(MONTH_PATTERN, value):
                return cls(int(value[:4]), int(value[5:7]))
            if re.match(YEAR_PATTERN, value):
                return cls(int(value))
            reject("lp_date_invalid", value=value)
        reject("lp_stand", value=str(value))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.to_string_ser_schema()
        )


def _stand_not_future(value: Stand) -> Stand:
    now = today()
    if value.first_day > now:
        reject("lp_date_future", value=str(value), today=now.strftime("%d.%m.%Y"))
    return value


# A month (JJJJ-MM) or a year (JJJJ), besides a day: for sources that name no day.
MONTH_PATTERN = r"^[0-9]{4}-(?:0[1-9]|1[0-2])$"
YEAR_PATTERN = r"^[0-9]{4}$"
_STAND_SHAPE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
ReviewedStand = Annotated[
    Stand,
    AfterValidator(_stand_not_future),
    WithJsonSchema(
        {
            # A year alone is a number to YAML (and to editors): reviewed: 2025.
            "anyOf": [
                {"type": "string", "pattern": DATE_PATTERN},
                {"type": "string", "pattern": MONTH_PATTERN},
                {"type": "string", "pattern": YEAR_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "errorMessage": "Datum als JJJJ-MM-TT, z. B. 2026-01-15; nennt die Quelle nur Monat "
            "oder Jahr: JJJJ-MM (2020-03) oder JJJJ (2025). Nicht in der Zukunft.",
        }
    ),
]
