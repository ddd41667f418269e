"""Page → article record, in layers: site selectors first, page metadata after."""
