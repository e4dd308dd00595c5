package eu.clusterportal.outage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the portal and its test database that a test can cut, as if the
 * database server had stopped: open connections are closed and new ones are closed as
 * soon as they are accepted, until the relay is restored.
 */
final class DatabaseRelay implements Closeable {

	private final ServerSocket server;

	private final InetSocketAddress database;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	private DatabaseRelay(InetSocketAddress database) throws IOException {
		this.database = database;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "database-relay");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * A relay to the server of the given JDBC URL
	 * ({@code jdbc:postgresql://host:port/…}).
	 */
	static DatabaseRelay to(String jdbcUrl) throws IOException {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		return new DatabaseRelay(new InetSocketAddress(uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 5432));
	}

	/** The given JDBC URL, leading through this relay instead. */
	String through(String jdbcUrl) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		return "jdbc:" + uri.getScheme() + "://127.0.0.1:" + server.getLocalPort() + uri.getRawPath()
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	void cut() {
		cut = true;
		open.forEach(this::drop);
	}

	void restore() {
		cut = false;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(server);
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					closeQuietly(client);
				}
				else {
					relay(client);
				}
			}
			catch (IOException ex) {
				// The relay was closed, or one connection failed: the next one may work.
			}
		}
	}

	private void relay(Socket client) throws IOException {
		Socket upstream = new Socket();
		open.add(client);
		open.add(upstream);
		try {
			upstream.connect(database);
		}
		catch (IOException ex) {
			drop(client);
			drop(upstream);
			throw ex;
		}
		pump(client, upstream);
		pump(upstream, client);
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Either side closed: the other is closed below.
			}
			finally {
				drop(from);
				drop(to);
			}
		}, "database-relay-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private void drop(Socket socket) {
		open.remove(socket);
		closeQuietly(socket);
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// Closing is all that is wanted.
		}
	}

}
