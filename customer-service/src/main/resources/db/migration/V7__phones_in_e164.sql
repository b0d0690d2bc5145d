-- Phone numbers in one form, E.164 (+919800000003), as the application now stores every number it is given
-- (PhoneNumber): until now they were kept as typed, so 9800000003, 09800000003, 919800000003 and +919800000003 were
-- four numbers to the unique index, and an SMS would have gone to whichever spelling was typed. Old values are
-- digits with an optional leading +, and they are read as the application reads them: 10 digits are an Indian
-- number, also after a 0, 91 or 0091; a + number stays as it is if it is a valid E.164 number (a +91 one needs 10
-- digits after the 91).
--
-- Where several accounts hold one number in different spellings, it stays with the account that verified it
-- (phone_verified), or else with the oldest account (then the lowest id); the others lose it: phone NULL and
-- phone_verified false, so their owners add it again (and meet the "phone in use" rule). A number no rule reads
-- (11 digits without a 0 in front, a foreign number without its +) is cleared the same way rather than kept in a
-- form nothing could text.
CREATE TEMPORARY TABLE phone_e164 AS
SELECT id,
       CASE
           WHEN e164 ~ '^\+(91[1-9][0-9]{9}|(?!91)[1-9][0-9]{6,14})$' THEN e164
       END AS e164
FROM (SELECT id,
             CASE
                 WHEN phone LIKE '+%' THEN phone
                 WHEN phone ~ '^[0-9]{10}$' THEN '+91' || phone
                 WHEN phone ~ '^0[0-9]{10}$' THEN '+91' || substr(phone, 2)
                 WHEN phone ~ '^91[0-9]{10}$' THEN '+' || phone
                 WHEN phone ~ '^0091[0-9]{10}$' THEN '+' || substr(phone, 3)
             END AS e164
      FROM customers
      WHERE phone IS NOT NULL) AS spelled;

-- In two steps, since the unique index is checked row by row: first the numbers that go, then the rest rewritten.
UPDATE customers
SET phone = NULL, phone_verified = false, updated_at = now()
FROM (SELECT id, e164,
             row_number() OVER (PARTITION BY e164 ORDER BY c.phone_verified DESC, c.created_at, c.id) AS holder
      FROM phone_e164
      JOIN customers c USING (id)) AS ranked
WHERE customers.id = ranked.id
  AND (ranked.e164 IS NULL OR ranked.holder > 1);

UPDATE customers
SET phone = phone_e164.e164
FROM phone_e164
WHERE customers.id = phone_e164.id
  AND customers.phone IS NOT NULL
  AND customers.phone <> phone_e164.e164;

DROP TABLE phone_e164;

ALTER TABLE customers ADD CONSTRAINT customers_phone_e164
    CHECK (phone ~ '^\+(91[1-9][0-9]{9}|(?!91)[1-9][0-9]{6,14})$');
