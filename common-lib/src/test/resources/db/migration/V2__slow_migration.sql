-- Longer than the request path's JDBC socket timeout (5 s, jainshikanji-defaults.yml): the context only starts if
-- migrations run without it (MigrationsAutoConfiguration).
SELECT pg_sleep(6);
