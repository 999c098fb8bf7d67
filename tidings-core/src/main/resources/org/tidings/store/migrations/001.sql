-- 001: articles and everything the pipeline finds in them.
-- Child rows are keyed by (article_id, idx): an article is saved in one transaction, so its rows come and go together.

CREATE TABLE articles (
    id             VARCHAR PRIMARY KEY,
    url            VARCHAR,
    outlet         VARCHAR,
    title          VARCHAR NOT NULL,
    published      VARCHAR,          -- as precise as known, ISO-8601
    published_day  DATE,             -- derived from published, for filters and stats
    body           VARCHAR NOT NULL,
    language       VARCHAR,
    authors        VARCHAR NOT NULL, -- JSON array of strings
    origin_file    VARCHAR,
    origin_place   VARCHAR,
    ingested_at    TIMESTAMP,        -- UTC
    analysed_text  VARCHAR           -- the text the offsets point into, when it is not the body
);

CREATE TABLE sentences (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    tokens       VARCHAR NOT NULL,   -- JSON: [[word, lemma, pos, ner, begin, end], ...]
    basic        VARCHAR NOT NULL,   -- JSON: [[relation, governor, dependent], ...]
    enhanced     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    type         VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE timexes (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    type         VARCHAR NOT NULL,
    value        VARCHAR,
    mod          VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE actor_mentions (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    name         VARCHAR,
    country      VARCHAR,
    sector       VARCHAR,
    code         VARCHAR,
    identity     VARCHAR,
    rule         VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE event_mentions (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    type              VARCHAR NOT NULL,
    mode              VARCHAR,
    cameo             VARCHAR,
    goldstein         DOUBLE NOT NULL,
    date_value        VARCHAR,
    date_basis        VARCHAR,
    date_expression   VARCHAR,
    date_first_day    DATE,           -- the period the date names (day, week, month, year), for filters
    date_last_day     DATE,
    location_name     VARCHAR,
    location_country  VARCHAR,
    latitude          DOUBLE,
    longitude         DOUBLE,
    certainty         VARCHAR,
    reported_by       VARCHAR NOT NULL, -- JSON array of strings, outermost first
    quantity_value    BIGINT,
    quantity_unit     VARCHAR,
    evidence_sentence INTEGER,
    evidence_begin    INTEGER,
    evidence_end      INTEGER,
    evidence_text     VARCHAR,
    trigger           VARCHAR,
    trigger_token     INTEGER,
    pattern           VARCHAR,
    event_id          BIGINT,         -- the resolved event it belongs to (issue 7), null until resolved
    PRIMARY KEY (article_id, idx)
);

-- The source and target actors of each event mention, in order.
CREATE TABLE event_actors (
    article_id   VARCHAR NOT NULL,
    mention_idx  INTEGER NOT NULL,
    role         VARCHAR NOT NULL,    -- 'source' or 'target'
    idx          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    name         VARCHAR,
    country      VARCHAR,
    sector       VARCHAR,
    code         VARCHAR,
    identity     VARCHAR,
    rule         VARCHAR,
    PRIMARY KEY (article_id, mention_idx, role, idx)
);
