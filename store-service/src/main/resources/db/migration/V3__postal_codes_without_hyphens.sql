-- Postal codes are compared without hyphens as well as without spaces and case (PostalCodes.normalize), so that a
-- zone listing 380-009 delivers to 380009 and 380 009. Codes stored before kept their hyphens and would never match
-- a quote again: strip them here the same way. Within one zone two spellings of a code become one entry, kept where
-- its first spelling was, as the application lists each code once.
UPDATE delivery_zones AS zone
SET postal_codes = normalized.codes,
    -- A concurrent editor holding the old codes must not write them back unnoticed.
    version      = zone.version + 1
FROM (SELECT id, array_agg(code ORDER BY first_position) AS codes
      FROM (SELECT zones.id, upper(regexp_replace(listed.code, '[[:space:]-]', '', 'g')) AS code,
                   min(listed.position) AS first_position
            FROM delivery_zones AS zones,
                 unnest(zones.postal_codes) WITH ORDINALITY AS listed (code, position)
            GROUP BY zones.id, 2) AS distinct_codes
      GROUP BY id) AS normalized
WHERE zone.id = normalized.id
  AND zone.postal_codes IS DISTINCT FROM normalized.codes;

-- A store's own postal code is normalized the same way, so it still compares with its zones'.
UPDATE stores
SET postal_code = upper(regexp_replace(postal_code, '[[:space:]-]', '', 'g')),
    version     = version + 1
WHERE postal_code IS DISTINCT FROM upper(regexp_replace(postal_code, '[[:space:]-]', '', 'g'));
