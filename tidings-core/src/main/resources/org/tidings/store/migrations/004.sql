-- 004: what the server lists, filters and counts by (issue 8), kept with each resolved event so that reads touch
-- one narrow table instead of joining every mention: the day it sorts and buckets by, its quad class, and the
-- actors of all its mentions. Resolution maintains them with each event; this script fills them for stored ones.


-- Columns first: DuckDB does not alter a table that the same transaction has already updated.
ALTER TABLE events ADD COLUMN day DATE;        -- first day of the event's date, else its first report's publication day
ALTER TABLE events ADD COLUMN last_day DATE;   -- last day of the event's date, else as day
ALTER TABLE events ADD COLUMN quad INTEGER;    -- GDELT quad class of the CAMEO root: 1-4, null when unknown
-- What a list of events shows of each, copied from its representative mention and article when the event is
-- written, so that a page of events is read from this table alone.
ALTER TABLE events ADD COLUMN source_actors VARCHAR;   -- JSON: [{text, name, country, sector, code}, ...]
ALTER TABLE events ADD COLUMN target_actors VARCHAR;
ALTER TABLE events ADD COLUMN rep_reported_by VARCHAR; -- JSON array of strings
ALTER TABLE events ADD COLUMN rep_quantity_value BIGINT;
ALTER TABLE events ADD COLUMN rep_quantity_unit VARCHAR;
ALTER TABLE events ADD COLUMN rep_evidence_sentence INTEGER;
ALTER TABLE events ADD COLUMN rep_evidence_text VARCHAR;
ALTER TABLE events ADD COLUMN rep_trigger VARCHAR;
ALTER TABLE events ADD COLUMN rep_pattern VARCHAR;
ALTER TABLE events ADD COLUMN rep_title VARCHAR;
ALTER TABLE events ADD COLUMN rep_outlet VARCHAR;
ALTER TABLE events ADD COLUMN rep_url VARCHAR;
ALTER TABLE events ADD COLUMN rep_published VARCHAR;

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

UPDATE events SET rep_reported_by = m.reported_by, rep_quantity_value = m.quantity_value,
    rep_quantity_unit = m.quantity_unit, rep_evidence_sentence = m.evidence_sentence,
    rep_evidence_text = m.evidence_text, rep_trigger = m.trigger, rep_pattern = m.pattern, rep_title = a.title,
    rep_outlet = a.outlet, rep_url = a.url, rep_published = a.published
FROM event_mentions m, articles a
WHERE m.article_id = events.rep_article AND m.idx = events.rep_idx AND a.id = events.rep_article;

UPDATE events SET
    source_actors = coalesce((SELECT CAST(to_json(list({'text': x.text, 'name': x.name, 'country': x.country,
                        'sector': x.sector, 'code': x.code} ORDER BY x.idx)) AS VARCHAR) FROM event_actors x
                        WHERE x.article_id = events.rep_article AND x.mention_idx = events.rep_idx
                        AND x.role = 'source'), '[]'),
    target_actors = coalesce((SELECT CAST(to_json(list({'text': x.text, 'name': x.name, 'country': x.country,
                        'sector': x.sector, 'code': x.code} ORDER BY x.idx)) AS VARCHAR) FROM event_actors x
                        WHERE x.article_id = events.rep_article AND x.mention_idx = events.rep_idx
                        AND x.role = 'target'), '[]');

-- Lookups by event (its mentions, its actor keys) and of an article's event actors.
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_actors_article ON event_actors (article_id);
CREATE INDEX event_actor_keys_event ON event_actor_keys (event_id);
