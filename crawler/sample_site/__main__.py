"""python -m baochi.crawler.sample_site generate OUT_DIR [--seed N] [--articles N]
python -m baochi.crawler.sample_site serve OUT_DIR [--port N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from baochi.crawler.sample_site.generate import generate_site
from baochi.crawler.sample_site.server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m baochi.crawler.sample_site",
                                     description="Generate or serve the embedded sample site.")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write OUT_DIR/site/ and OUT_DIR/manifest.json")
    gen.add_argument("out_dir", type=Path)
    gen.add_argument("--seed", type=int, default=20200709)
    gen.add_argument("--articles", type=int, default=320)
    srv = sub.add_parser("serve", help="serve OUT_DIR/site/ on loopback until Ctrl-C")
    srv.add_argument("out_dir", type=Path)
    srv.add_argument("--port", type=int, default=0)
    srv.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)

    if args.command == "generate":
        started = time.perf_counter()
        manifest = generate_site(args.out_dir, seed=args.seed, n_articles=args.articles)
        print(f"wrote {manifest} ({time.perf_counter() - started:.2f} s)")
        return 0

    site_dir = args.out_dir / "site" if (args.out_dir / "site").is_dir() else args.out_dir
    try:
        site = serve(site_dir, host=args.host, port=args.port)
    except FileNotFoundError as exc:
        print(f"error: {exc}; run `python -m baochi.crawler.sample_site generate {args.out_dir}` first",
              file=sys.stderr)
        return 2
    print(site.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
