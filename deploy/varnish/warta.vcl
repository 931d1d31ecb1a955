vcl 4.1;

import std;

# Varnish in front of Warta: the shared cache that lets several Warta processes (or machines)
# answer a news spike from memory. docs/fronting-cache.md explains the rules; the e2e test
# tests/e2e/frontingCache.test.ts runs this file (with the backend port replaced).
#
# - Only what Warta marks shareable is kept: its page cache's copies of public pages, which carry
#   `Cache-Control: public, s-maxage=300, stale-while-revalidate=60` and `X-Cache-Tags`.
# - Admin, API, preview, staff sessions, draft mode and client-side navigations always pass.
# - Warta bans by tag on every public change: `BAN /` with `X-Ban-Tags: doc:press-releases:<slug> list`.

backend warta {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = {
        .url = "/api/health";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may purge: the Warta processes (same machine or private network). Add their addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge."));
        }
        if (req.http.X-Ban-Tags !~ "^[a-z0-9:. -]+$") {
            return (synth(400, "X-Ban-Tags: space-separated tags."));
        }
        # No spaces inside the expression: ban() splits its argument on them.
        if (!std.ban("obj.http.X-Cache-Tags ~ (^|\s)(" + regsuball(regsuball(req.http.X-Ban-Tags, "^ +| +$", ""), " +", "|") + ")(\s|$)")) {
            return (synth(500, "Ban failed: " + std.ban_error()));
        }
        return (synth(200, "Banned."));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Tracking parameters (lib/site/trackingParameters.ts names the same ones; a unit test keeps
    # them in step): no page reads them, and a shared link carries a new `fbclid` on every click.
    # Dropped, the link is the page's own address: one copy serves every reader of a spike.
    if (req.url ~ "[?&](utm_[A-Za-z0-9_]+|fbclid|igshid|gclid|gclsrc|dclid|gbraid|wbraid|_ga|_gl|srsltid|msclkid|yclid|twclid|ttclid|li_fat_id|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)(=|&|$)") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[A-Za-z0-9_]+|fbclid|igshid|gclid|gclsrc|dclid|gbraid|wbraid|_ga|_gl|srsltid|msclkid|yclid|twclid|ttclid|li_fat_id|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)(=[^&]*)?(&|$)", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }
    if (req.url ~ "^/(admin|api|preview|_next/data)" || req.url == "/") {
        return (pass);
    }
    # A staff session or draft mode sees other things than a reader.
    if (req.http.Cookie ~ "(^|; *)(payload-token|__prerender_bypass)=") {
        return (pass);
    }
    # Next.js answers client-side navigations and server actions differently from page loads.
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree || req.http.Next-Action) {
        return (pass);
    }
    # Any other cookie means nothing to a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Warta's page cache marks what may be shared; anything else (a first render, an error, a
    # 404) is fetched anew each time, and not even coalesced for long.
    if (!beresp.http.X-Cache-Tags || beresp.status != 200) {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    # Tags are for bans, not for readers.
    unset resp.http.X-Cache-Tags;
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "HIT";
    } else {
        set resp.http.X-Varnish-Cache = "MISS";
    }
}
