-- 003: watched feeds (issue 9). What each feed answered last (for conditional requests and backoff), the items
-- already taken from it, the alerts delivered, and the watches the server runs. A watch restarted on the same data
-- directory goes on from here without taking an item twice or delivering an alert twice.

CREATE TABLE watch_feeds (
    url            VARCHAR PRIMARY KEY,
    etag           VARCHAR,              -- sent back as If-None-Match
    last_modified  VARCHAR,              -- sent back as If-Modified-Since
    last_polled    TIMESTAMP,            -- UTC, like every timestamp here
    last_success   TIMESTAMP,
    last_status    VARCHAR,              -- 'fetched', 'not-modified' or 'failed'
    failures       INTEGER NOT NULL,     -- consecutive failed polls
    retry_at       TIMESTAMP,            -- backing off: no poll before this
    last_error     VARCHAR
);

-- Each item taken from a feed, by its guid, Atom id or link.
CREATE TABLE watch_items (
    feed_url    VARCHAR NOT NULL,
    item_key    VARCHAR NOT NULL,
    link        VARCHAR,
    article_id  VARCHAR,                 -- the stored article, null when nothing could be stored
    outcome     VARCHAR NOT NULL,        -- 'page', 'item-text', 'duplicate' or 'failed: why'
    seen_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);

-- One row per alert and event: pending until the receiver took it, then delivered (or failed after all tries).
CREATE TABLE alert_deliveries (
    alert_id      VARCHAR NOT NULL,      -- a hash of the alert's rule and target
    event_id      BIGINT NOT NULL,
    state         VARCHAR NOT NULL,      -- 'pending', 'delivered' or 'failed'
    attempts      INTEGER NOT NULL,
    last_error    VARCHAR,
    created_at    TIMESTAMP NOT NULL,
    delivered_at  TIMESTAMP,
    PRIMARY KEY (alert_id, event_id)
);

-- The mentions of each event an alert took: an event whose id changes as reports join is still the same event.
CREATE TABLE alert_mentions (
    alert_id    VARCHAR NOT NULL,
    mention_id  VARCHAR NOT NULL,
    event_id    BIGINT NOT NULL,
    PRIMARY KEY (alert_id, mention_id)
);

-- The watches the server runs (POST /api/watches).
CREATE TABLE watches (
    id          VARCHAR PRIMARY KEY,
    spec        VARCHAR NOT NULL,        -- JSON: feeds, every, alert
    created_at  TIMESTAMP NOT NULL
);
