import socket

import pytest


def test_internet_connection_is_refused() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("example.org", 80), timeout=1)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(RuntimeError, match="network"):
        s.connect(("93.184.216.34", 80))
    s.close()
