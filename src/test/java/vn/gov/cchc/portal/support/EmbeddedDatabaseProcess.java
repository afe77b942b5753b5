package vn.gov.cchc.portal.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The test JVM's own embedded mariadbd (a child of this process, found by its pid, never by name across the
 * machine), frozen and thawed with signals, as a hung server would behave.
 */
public final class EmbeddedDatabaseProcess {

    private final long pid;

    private EmbeddedDatabaseProcess(long pid) {
        this.pid = pid;
    }

    public static EmbeddedDatabaseProcess ofThisJvm() {
        return new EmbeddedDatabaseProcess(ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(command -> command.endsWith("/mariadbd")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no embedded mariadbd under this JVM"))
                .pid());
    }

    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
