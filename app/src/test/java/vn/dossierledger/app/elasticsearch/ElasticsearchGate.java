package vn.dossierledger.app.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of the shared Elasticsearch that a test can shut like a door:
 * while closed, every connection (open ones included) is dropped, exactly what an
 * application sees when its cluster goes down; opened again, on the same port, the
 * application sees it come back. The shared server itself keeps running for the other
 * tests.
 */
public final class ElasticsearchGate implements AutoCloseable {

	private final URI upstream;

	private final ServerSocket listener;

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private volatile boolean open = true;

	private ElasticsearchGate(URI upstream) throws IOException {
		this.upstream = upstream;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "elasticsearch-gate");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** An open gate to the shared test server. */
	public static ElasticsearchGate toSharedServer() {
		try {
			return new ElasticsearchGate(ElasticsearchTestServer.url());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The URL to give the application instead of the server's own. */
	public URI url() {
		return URI.create("http://127.0.0.1:" + this.listener.getLocalPort());
	}

	/** Elasticsearch "goes down": open connections drop, new ones are refused. */
	public void shut() {
		this.open = false;
		this.connections.forEach(ElasticsearchGate::closeQuietly);
		this.connections.clear();
	}

	/** Elasticsearch is back. */
	public void open() {
		this.open = true;
	}

	@Override
	public void close() {
		shut();
		closeQuietly(this.listener);
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				if (!this.open) {
					client.close();
					continue;
				}
				Socket server = new Socket(this.upstream.getHost(), this.upstream.getPort());
				this.connections.add(client);
				this.connections.add(server);
				pipe(client, server);
				pipe(server, client);
			}
			catch (IOException ex) {
				// listener closed, or the server refused: the client sees a dropped
				// connection
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.connections.remove(from);
				this.connections.remove(to);
			}
		}, "elasticsearch-gate-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
