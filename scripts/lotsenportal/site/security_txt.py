"""/.well-known/security.txt (RFC 9116) from the settings in data/site.yml."""

from __future__ import annotations

from datetime import UTC, datetime, time

from ..data.schema import Site


def security_txt(site: Site, canonical: str | None, languages: list[str]) -> str | None:
    """The file's text, or None when no contact is configured (validation warns)."""
    if site.security_contact is None or site.security_expires is None:
        return None
    expires = datetime.combine(site.security_expires, time(0, 0), tzinfo=UTC)
    lines = [
        f"Contact: {site.security_contact}",
        f"Expires: {expires.isoformat().replace('+00:00', 'Z')}",
        f"Preferred-Languages: {', '.join(languages[:2])}",
    ]
    if canonical:
        lines.append(f"Canonical: {canonical}")
    return "\n".join(lines) + "\n"
