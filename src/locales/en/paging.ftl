# Pages of /tiendo and /nhiemvu (issue 15): one message per page, under Zalo's 2,000 characters.
tiendo-usage = Usage: /tiendo [page], e.g. /tiendo 2.
tiendo-page-title = Progress: { $title } — page { $page }
tiendo-more = Next page: /tiendo { $next }
nhiemvu-usage = Usage: /nhiemvu [page], e.g. /nhiemvu 2.
nhiemvu-page-title = { $title } — page { $page }
nhiemvu-more = Next page: /nhiemvu { $next }
