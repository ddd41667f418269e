-- baochi warehouse, version 4: what the crawl knew about each article beyond its text.
--
-- The crawler staged these fields since its typed contract (crawler/contract.py) but the load
-- dropped them. They tell a researcher how far to trust a row: whether the publication time
-- was known to the second or only to the day, why a body is not readable, which captions were
-- taken out of the body, and how the page was served. Older rows keep NULL (unknown).

ALTER TABLE articles ADD COLUMN published_precision VARCHAR;
ALTER TABLE articles ADD COLUMN body_reason VARCHAR;
ALTER TABLE articles ADD COLUMN captions VARCHAR[];
ALTER TABLE articles ADD COLUMN charset VARCHAR;
ALTER TABLE articles ADD COLUMN http_status INTEGER;
COMMENT ON COLUMN articles.published_precision IS 'What the page told of its publication time: second, minute or day (a date-only page is stored at local midnight); NULL for rows loaded before version 4.';
COMMENT ON COLUMN articles.body_reason IS 'Why body_status is not ok (for example cipher, hex_tokens, teasers, lone_date, no_body); NULL when the body is ok.';
COMMENT ON COLUMN articles.captions IS 'Photo captions taken out of the body, in page order (empty when none).';
COMMENT ON COLUMN articles.charset IS 'Character encoding the page was decoded with.';
COMMENT ON COLUMN articles.http_status IS 'HTTP status of the fetched page.';
