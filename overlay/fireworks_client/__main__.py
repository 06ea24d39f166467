import sys

from fireworks_client._cli import main

sys.exit(main())
