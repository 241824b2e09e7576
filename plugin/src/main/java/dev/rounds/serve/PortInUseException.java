package dev.rounds.serve;

import dev.rounds.core.RoundsException;

/** Another program already listens on the port the preview was asked to use. */
public final class PortInUseException extends RoundsException {

    private final int port;

    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " is in use: stop the other server or choose another port.", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
