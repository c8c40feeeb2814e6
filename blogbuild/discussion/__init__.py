"""Live comments: a comment server (Isso) behind a small interface, and the YAML archive kept in step.

    provider.py  what a comment server must offer (Provider), the records it returns, the thread ids
    http.py      JSON over HTTP with timeouts; every fault is one CommentServerError naming the URL
    isso.py      the Isso provider: its REST API to read, its own database layer to import
    sync.py      pull (server → comments/<slug>.yaml, merged, all files or none) and push

Nothing here is imported by a plain `blogbuild build`: only `blogbuild comments …` and
`build --pull-comments` touch the network.
"""
