"""Recording, replay and drift: what sees a request before the mock's routes (``intercept``),
the proxy to the service (``upstream``), cassettes and their replay (``cassette``), and the
checks of requests and answers against the spec behind drift reports (``drift``)."""
