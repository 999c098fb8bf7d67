-- 002: cross-article event resolution (issue 7).
-- event_mentions.event_id (from 001) points into events; everything here is derived from the articles and can be
-- rebuilt from them (Store.resolveAll).

-- One resolved event: the fields of its best-told mention with the best date and place of all its mentions.
CREATE TABLE events (
    id                  BIGINT PRIMARY KEY, -- hash of the smallest mention id: order-independent
    type                VARCHAR NOT NULL,
    mode                VARCHAR,
    cameo               VARCHAR,
    goldstein           DOUBLE NOT NULL,
    date_value          VARCHAR,
    date_basis          VARCHAR,
    date_expression     VARCHAR,
    date_first_day      DATE,
    date_last_day       DATE,
    location_name       VARCHAR,
    location_country    VARCHAR,
    latitude            DOUBLE,
    longitude           DOUBLE,
    certainty           VARCHAR,
    corroboration       VARCHAR NOT NULL,   -- confirmed, single-source, denied, or the shared certainty
    reports             INTEGER NOT NULL,   -- mentions
    articles            INTEGER NOT NULL,
    independent_reports INTEGER NOT NULL,   -- articles, near-duplicate copies counted once
    outlets             VARCHAR NOT NULL,   -- JSON array: independent outlets in order of first report
    all_outlets         VARCHAR NOT NULL,   -- JSON array: every outlet, copies included
    first_report        VARCHAR,
    last_report         VARCHAR,
    rep_article         VARCHAR NOT NULL,   -- the mention the fields come from
    rep_idx             INTEGER NOT NULL,
    date_evidence       VARCHAR NOT NULL,   -- JSON array of "mention: expression = value"
    place_evidence      VARCHAR NOT NULL    -- JSON array of "mention: place"
);

-- Where each mention may meet others: the type group and the widened date window used to find candidates.
CREATE TABLE mention_windows (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    type_group  VARCHAR NOT NULL,
    first_day   DATE NOT NULL,
    last_day    DATE NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX mention_windows_block ON mention_windows (type_group, first_day);

-- Pairwise decisions about mentions that passed blocking and the hard constraints: linked or not, with the score
-- and its reasons (pairs that failed a hard constraint are not kept).
CREATE TABLE event_links (
    article_a  VARCHAR NOT NULL,
    idx_a      INTEGER NOT NULL,
    article_b  VARCHAR NOT NULL,
    idx_b      INTEGER NOT NULL,
    merged     BOOLEAN NOT NULL,
    score      DOUBLE NOT NULL,
    reasons    VARCHAR NOT NULL,   -- JSON array of strings
    PRIMARY KEY (article_a, idx_a, article_b, idx_b)
);

-- MinHash sketches of article texts and their LSH band hashes, for near-duplicate detection.
CREATE TABLE article_fingerprints (
    article_id  VARCHAR PRIMARY KEY,
    shingles    INTEGER NOT NULL,
    minhash     VARCHAR NOT NULL
);
CREATE TABLE article_bands (
    band        INTEGER NOT NULL,
    hash        BIGINT NOT NULL,
    article_id  VARCHAR NOT NULL
);
CREATE INDEX article_bands_hash ON article_bands (hash);

-- Near-duplicate articles (syndicated copies, republished wire stories): article_id is the later copy.
CREATE TABLE article_duplicates (
    article_id    VARCHAR NOT NULL,
    duplicate_of  VARCHAR NOT NULL,
    jaccard       DOUBLE NOT NULL,
    containment   DOUBLE NOT NULL,
    PRIMARY KEY (article_id, duplicate_of)
);
