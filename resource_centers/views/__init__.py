"""The centres' views: `public` (the pages' views) and `admin` (the staff's generic views)."""
