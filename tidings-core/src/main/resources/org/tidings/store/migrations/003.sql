-- 003: what the server lists, filters and counts by (issue 8), kept with each resolved event so that reads touch
-- one narrow table instead of joining every mention: the day it sorts and buckets by, its quad class, and the
-- actors of all its mentions. Resolution maintains them with each event; this script fills them for stored ones.

ALTER TABLE events ADD COLUMN day DATE;        -- first day of the event's date, else its first report's publication day
ALTER TABLE events ADD COLUMN last_day DATE;   -- last day of the event's date, else as day
ALTER TABLE events ADD COLUMN quad INTEGER;    -- GDELT quad class of the CAMEO root: 1-4, null when unknown

UPDATE events SET
    day = coalesce(date_first_day, (SELECT min(a.published_day) FROM event_mentions m JOIN articles a ON a.id = m.article_id
                                    WHERE m.event_id = events.id)),
    last_day = coalesce(date_last_day, date_first_day, (SELECT min(a.published_day) FROM event_mentions m
                                    JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id)),
    quad = CASE WHEN TRY_CAST(substr(cameo, 1, 2) AS INTEGER) IS NULL THEN NULL
                WHEN TRY_CAST(substr(cameo, 1, 2) AS INTEGER) <= 5 THEN 1
                WHEN TRY_CAST(substr(cameo, 1, 2) AS INTEGER) <= 8 THEN 2
                WHEN TRY_CAST(substr(cameo, 1, 2) AS INTEGER) <= 13 THEN 3 ELSE 4 END;

-- Every distinct source and target actor of an event's mentions; codes, countries and sectors upper-cased and
-- names lower-cased once here, so that filters compare them as they are.
CREATE TABLE event_actor_keys (
    event_id  BIGINT NOT NULL,
    role      VARCHAR NOT NULL,   -- 'source' or 'target'
    code      VARCHAR,
    name      VARCHAR,
    name_key  VARCHAR,            -- lower(name)
    country   VARCHAR,
    sector    VARCHAR
);

INSERT INTO event_actor_keys (event_id, role, code, name, name_key, country, sector)
SELECT DISTINCT m.event_id, x.role, upper(x.code), x.name, lower(x.name), upper(x.country), upper(x.sector)
FROM event_mentions m JOIN event_actors x ON x.article_id = m.article_id AND x.mention_idx = m.idx
WHERE m.event_id IS NOT NULL;
