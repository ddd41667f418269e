-- baochi warehouse, version 1. Instants are TIMESTAMPTZ (stored UTC; shown in
-- Asia/Ho_Chi_Minh by the views), calendar values are DATE.

CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    province VARCHAR,
    base_url VARCHAR
);
COMMENT ON TABLE sources IS 'One row per newspaper (a block of crawler/sources.toml).';
COMMENT ON COLUMN sources.source_id IS 'Registry block id, e.g. baothanhhoa.';
COMMENT ON COLUMN sources.name IS 'Display name of the newspaper.';
COMMENT ON COLUMN sources.province IS 'Province the paper covers; fills "tỉnh" with no name in NLP.';
COMMENT ON COLUMN sources.base_url IS 'Base URL the articles were crawled from.';

CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    source_article_id VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    canonical_url VARCHAR,
    title VARCHAR,
    lead VARCHAR,
    body VARCHAR,
    author VARCHAR,
    category VARCHAR,
    category_slug VARCHAR,
    published_at TIMESTAMPTZ,
    body_status VARCHAR NOT NULL,
    extraction JSON,
    content_hash VARCHAR NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    run_id VARCHAR
);
COMMENT ON TABLE articles IS 'The current version of each article; one row per (source, article id) whatever URL shape it was found under.';
COMMENT ON COLUMN articles.article_id IS '<source_id>:<source_article_id>.';
COMMENT ON COLUMN articles.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN articles.source_article_id IS 'The paper''s own numeric article id, shared by all URL shapes.';
COMMENT ON COLUMN articles.url IS 'URL the article was fetched from (after redirects).';
COMMENT ON COLUMN articles.canonical_url IS 'URL the page declares canonical (<link rel=canonical>), when it does.';
COMMENT ON COLUMN articles.title IS 'Headline, NFC.';
COMMENT ON COLUMN articles.lead IS 'Lead paragraph (sapo), NFC, with the "(Baothanhhoa.vn) - " style prefix stripped.';
COMMENT ON COLUMN articles.body IS 'Body paragraphs joined by a blank line; photo captions and byline excluded. NULL unless body_status = ok.';
COMMENT ON COLUMN articles.author IS 'Byline as printed.';
COMMENT ON COLUMN articles.category IS 'Category name as the paper shows it, e.g. "Đời sống - Xã hội".';
COMMENT ON COLUMN articles.category_slug IS 'Category slug from the paper''s URLs, e.g. doi-song-xa-hoi.';
COMMENT ON COLUMN articles.published_at IS 'Publication instant; NULL when the page gives none (never the crawl time).';
COMMENT ON COLUMN articles.body_status IS 'ok, encoded (body still encoded, not stored), missing (no body found) or failed.';
COMMENT ON COLUMN articles.extraction IS 'JSON object: field name → the extraction layer that produced it.';
COMMENT ON COLUMN articles.content_hash IS 'SHA-256 of title, lead and body; a change creates an article_versions row.';
COMMENT ON COLUMN articles.first_seen_at IS 'When the article was first loaded.';
COMMENT ON COLUMN articles.fetched_at IS 'When the current version was fetched.';
COMMENT ON COLUMN articles.run_id IS 'Crawl run that fetched the current version (runs.run_id).';

CREATE TABLE article_versions (
    article_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    lead VARCHAR,
    body VARCHAR,
    fetched_at TIMESTAMPTZ NOT NULL,
    replaced_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, version)
);
COMMENT ON TABLE article_versions IS 'An earlier version of an article, kept when a later crawl found different content.';
COMMENT ON COLUMN article_versions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_versions.version IS '1 for the first replaced version, then 2, 3, ...';
COMMENT ON COLUMN article_versions.content_hash IS 'content_hash of that version.';
COMMENT ON COLUMN article_versions.title IS 'Headline of that version.';
COMMENT ON COLUMN article_versions.lead IS 'Lead of that version.';
COMMENT ON COLUMN article_versions.body IS 'Body of that version.';
COMMENT ON COLUMN article_versions.fetched_at IS 'When that version was fetched.';
COMMENT ON COLUMN article_versions.replaced_at IS 'When the load replaced it.';

CREATE TABLE article_analyses (
    article_id VARCHAR NOT NULL,
    nlp_version VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    analysed_at TIMESTAMPTZ NOT NULL,
    status VARCHAR NOT NULL,
    error VARCHAR,
    PRIMARY KEY (article_id, nlp_version)
);
COMMENT ON TABLE article_analyses IS 'One NLP pass over one article with one NLP version.';
COMMENT ON COLUMN article_analyses.article_id IS 'The article analysed.';
COMMENT ON COLUMN article_analyses.nlp_version IS 'nlp.NLP_VERSION that produced the mentions.';
COMMENT ON COLUMN article_analyses.content_hash IS 'content_hash of the article text analysed; a changed article is analysed again.';
COMMENT ON COLUMN article_analyses.analysed_at IS 'When the pass ran.';
COMMENT ON COLUMN article_analyses.status IS 'ok or failed.';
COMMENT ON COLUMN article_analyses.error IS 'Error text when status = failed.';

CREATE TABLE campaigns (
    campaign_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    kind VARCHAR
);
COMMENT ON TABLE campaigns IS 'A canonical campaign (movement, cuộc vận động, programme, chiến dịch); spelling variants share one row.';
COMMENT ON COLUMN campaigns.campaign_id IS 'ASCII slug of the canonical name.';
COMMENT ON COLUMN campaigns.name IS 'Canonical name (catalogue name, else the cleaned surface).';
COMMENT ON COLUMN campaigns.key IS 'Normalised comparison key of the name (NFC, one tone-mark placement, case-folded).';
COMMENT ON COLUMN campaigns.kind IS 'phong trào thi đua, phong trào, cuộc vận động, chương trình, chiến dịch, ...';

CREATE TABLE organisations (
    organisation_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    acronym VARCHAR,
    province VARCHAR,
    kind VARCHAR
);
COMMENT ON TABLE organisations IS 'A canonical organisation (acronyms expanded, "tỉnh" resolved to the source province).';
COMMENT ON COLUMN organisations.organisation_id IS 'ASCII slug of the canonical name.';
COMMENT ON COLUMN organisations.name IS 'Canonical name, e.g. Ban Thi đua - Khen thưởng tỉnh Thanh Hóa.';
COMMENT ON COLUMN organisations.acronym IS 'Acronym as used in the press, e.g. TĐKT, when there is one.';
COMMENT ON COLUMN organisations.province IS 'Province of a provincial body; NULL for national bodies.';
COMMENT ON COLUMN organisations.kind IS 'Kind of body as the NLP catalogue names it.';

CREATE TABLE campaign_mentions (
    article_id VARCHAR NOT NULL,
    nlp_version VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    campaign_id VARCHAR NOT NULL,
    surface VARCHAR NOT NULL,
    sentence_index INTEGER,
    PRIMARY KEY (article_id, nlp_version, field, char_start)
);
COMMENT ON TABLE campaign_mentions IS 'One mention of a campaign in one field of one article.';
COMMENT ON COLUMN campaign_mentions.article_id IS 'The article.';
COMMENT ON COLUMN campaign_mentions.nlp_version IS 'NLP version that found it.';
COMMENT ON COLUMN campaign_mentions.field IS 'title, lead or body.';
COMMENT ON COLUMN campaign_mentions.char_start IS 'Start offset (Python string index) into the NFC text of the field.';
COMMENT ON COLUMN campaign_mentions.char_end IS 'End offset (exclusive) into the NFC text of the field.';
COMMENT ON COLUMN campaign_mentions.campaign_id IS 'The canonical campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_mentions.surface IS 'The text as written.';
COMMENT ON COLUMN campaign_mentions.sentence_index IS '0-based sentence index within the article (title, lead, body in order).';

CREATE TABLE organisation_mentions (
    article_id VARCHAR NOT NULL,
    nlp_version VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    organisation_id VARCHAR NOT NULL,
    surface VARCHAR NOT NULL,
    sentence_index INTEGER,
    PRIMARY KEY (article_id, nlp_version, field, char_start)
);
COMMENT ON TABLE organisation_mentions IS 'One mention of an organisation in one field of one article.';
COMMENT ON COLUMN organisation_mentions.article_id IS 'The article.';
COMMENT ON COLUMN organisation_mentions.nlp_version IS 'NLP version that found it.';
COMMENT ON COLUMN organisation_mentions.field IS 'title, lead or body.';
COMMENT ON COLUMN organisation_mentions.char_start IS 'Start offset into the NFC text of the field.';
COMMENT ON COLUMN organisation_mentions.char_end IS 'End offset (exclusive) into the NFC text of the field.';
COMMENT ON COLUMN organisation_mentions.organisation_id IS 'The canonical organisation (organisations.organisation_id).';
COMMENT ON COLUMN organisation_mentions.surface IS 'The text as written, e.g. Ban TĐKT tỉnh.';
COMMENT ON COLUMN organisation_mentions.sentence_index IS '0-based sentence index within the article.';

CREATE TABLE date_mentions (
    article_id VARCHAR NOT NULL,
    nlp_version VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    surface VARCHAR NOT NULL,
    sentence_index INTEGER,
    date_start DATE,
    date_end DATE,
    granularity VARCHAR,
    part_of_day VARCHAR,
    PRIMARY KEY (article_id, nlp_version, field, char_start)
);
COMMENT ON TABLE date_mentions IS 'One date or period expression, resolved against the publication date.';
COMMENT ON COLUMN date_mentions.article_id IS 'The article.';
COMMENT ON COLUMN date_mentions.nlp_version IS 'NLP version that found it.';
COMMENT ON COLUMN date_mentions.field IS 'title, lead or body.';
COMMENT ON COLUMN date_mentions.char_start IS 'Start offset into the NFC text of the field.';
COMMENT ON COLUMN date_mentions.char_end IS 'End offset (exclusive) into the NFC text of the field.';
COMMENT ON COLUMN date_mentions.surface IS 'The text as written, e.g. Chiều 9-7.';
COMMENT ON COLUMN date_mentions.sentence_index IS '0-based sentence index within the article.';
COMMENT ON COLUMN date_mentions.date_start IS 'First calendar day of the resolved date or period; NULL when it cannot be resolved.';
COMMENT ON COLUMN date_mentions.date_end IS 'Last calendar day (inclusive).';
COMMENT ON COLUMN date_mentions.granularity IS 'day, month, quarter, half, year or range.';
COMMENT ON COLUMN date_mentions.part_of_day IS 'sáng, trưa, chiều, tối or đêm when the text gives one.';

CREATE TABLE honour_mentions (
    article_id VARCHAR NOT NULL,
    nlp_version VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    name VARCHAR,
    surface VARCHAR NOT NULL,
    sentence_index INTEGER,
    PRIMARY KEY (article_id, nlp_version, field, char_start)
);
COMMENT ON TABLE honour_mentions IS 'One honour title or award (Bà Mẹ Việt Nam Anh hùng, Huân chương ...).';
COMMENT ON COLUMN honour_mentions.article_id IS 'The article.';
COMMENT ON COLUMN honour_mentions.nlp_version IS 'NLP version that found it.';
COMMENT ON COLUMN honour_mentions.field IS 'title, lead or body.';
COMMENT ON COLUMN honour_mentions.char_start IS 'Start offset into the NFC text of the field.';
COMMENT ON COLUMN honour_mentions.char_end IS 'End offset (exclusive) into the NFC text of the field.';
COMMENT ON COLUMN honour_mentions.name IS 'Canonical honour name.';
COMMENT ON COLUMN honour_mentions.surface IS 'The text as written.';
COMMENT ON COLUMN honour_mentions.sentence_index IS '0-based sentence index within the article.';

CREATE TABLE document_mentions (
    article_id VARCHAR NOT NULL,
    nlp_version VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    kind VARCHAR,
    number VARCHAR,
    issuer VARCHAR,
    subject VARCHAR,
    surface VARCHAR NOT NULL,
    sentence_index INTEGER,
    PRIMARY KEY (article_id, nlp_version, field, char_start)
);
COMMENT ON TABLE document_mentions IS 'One reference to a legal or policy document (chỉ thị, nghị quyết, kế hoạch, luật ...).';
COMMENT ON COLUMN document_mentions.article_id IS 'The article.';
COMMENT ON COLUMN document_mentions.nlp_version IS 'NLP version that found it.';
COMMENT ON COLUMN document_mentions.field IS 'title, lead or body.';
COMMENT ON COLUMN document_mentions.char_start IS 'Start offset into the NFC text of the field.';
COMMENT ON COLUMN document_mentions.char_end IS 'End offset (exclusive) into the NFC text of the field.';
COMMENT ON COLUMN document_mentions.kind IS 'Chỉ thị, Nghị quyết, Kế hoạch, Quyết định, Luật, ...';
COMMENT ON COLUMN document_mentions.number IS 'Document number as written, e.g. 05-CT/TW.';
COMMENT ON COLUMN document_mentions.issuer IS 'Issuing body as written, e.g. Bộ Chính trị.';
COMMENT ON COLUMN document_mentions.subject IS 'Quoted subject, when given.';
COMMENT ON COLUMN document_mentions.surface IS 'The text as written.';
COMMENT ON COLUMN document_mentions.sentence_index IS '0-based sentence index within the article.';

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    parent_run_id VARCHAR,
    stage VARCHAR NOT NULL,
    source_id VARCHAR,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at TIMESTAMPTZ,
    status VARCHAR NOT NULL,
    counts JSON,
    error VARCHAR
);
COMMENT ON TABLE runs IS 'One run, or one stage (crawl, load, process, report) of a run.';
COMMENT ON COLUMN runs.run_id IS 'Unique id; crawl runs use the id in their staging file names.';
COMMENT ON COLUMN runs.parent_run_id IS 'The nightly or demo run this stage belongs to.';
COMMENT ON COLUMN runs.stage IS 'nightly, demo, crawl, load, process or report.';
COMMENT ON COLUMN runs.source_id IS 'The source crawled, for crawl stages.';
COMMENT ON COLUMN runs.started_at IS 'Start instant.';
COMMENT ON COLUMN runs.ended_at IS 'End instant; NULL while running or when the process died.';
COMMENT ON COLUMN runs.status IS 'running, ok, failed (finished with failures) or error (could not run).';
COMMENT ON COLUMN runs.counts IS 'JSON object of counts (articles staged, loaded, new, updated, analysed, failed by reason, ...).';
COMMENT ON COLUMN runs.error IS 'Error text when the stage failed.';
