package vn.dossierledger.query.status;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is looking up, as the limits count clients: the address the request came from;
 * behind a trusted reverse proxy, the address it says it forwarded for. An IPv6 client is
 * its /64 network, which one subscriber usually holds whole.
 */
final class LookupClients {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	/** The longest header a proxy chain is believed for; the rest is noise. */
	private static final int MAX_FORWARDED_FOR = 1024;

	private static final int IPV6_CLIENT_PREFIX = 64;

	private final List<AddressRange> trustedProxies;

	LookupClients(List<String> trustedProxies) {
		List<AddressRange> ranges = new ArrayList<>();
		for (String proxy : trustedProxies) {
			try {
				ranges.add(AddressRange.parse(proxy));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("dossier-ledger.status-lookup.trusted-proxies: " + ex.getMessage(),
						ex);
			}
		}
		this.trustedProxies = List.copyOf(ranges);
	}

	/** The client's key for the limits. */
	String clientOf(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		Optional<InetAddress> peer = AddressRange.literal(remote);
		if (peer.isEmpty()) {
			// Not an IP (a Unix socket, a test's request): one client, by what it is.
			return String.valueOf(remote);
		}
		InetAddress client = peer.get();
		if (trusted(client)) {
			client = forwardedClient(request, client);
		}
		return keyOf(client);
	}

	/**
	 * Walks the proxies' list from the nearest hop back: the first address that is not a
	 * trusted proxy is the client. Whatever stands before it the client wrote itself. A
	 * hop that is no address ends the walk at the last trusted one.
	 */
	private InetAddress forwardedClient(HttpServletRequest request, InetAddress proxy) {
		List<String> headers = Collections.list(request.getHeaders(FORWARDED_FOR));
		String chain = String.join(",", headers);
		if (chain.isBlank() || chain.length() > MAX_FORWARDED_FOR) {
			return proxy;
		}
		String[] hops = chain.split(",");
		InetAddress nearest = proxy;
		for (int i = hops.length - 1; i >= 0; i--) {
			Optional<InetAddress> hop = AddressRange.literal(hops[i].trim());
			if (hop.isEmpty()) {
				return nearest;
			}
			nearest = hop.get();
			if (!trusted(nearest)) {
				return nearest;
			}
		}
		return nearest;
	}

	private boolean trusted(InetAddress address) {
		for (AddressRange proxy : this.trustedProxies) {
			if (proxy.contains(address)) {
				return true;
			}
		}
		return false;
	}

	static String keyOf(InetAddress address) {
		if (address instanceof Inet6Address) {
			try {
				byte[] network = AddressRange.masked(address.getAddress(), IPV6_CLIENT_PREFIX);
				return InetAddress.getByAddress(network).getHostAddress() + "/" + IPV6_CLIENT_PREFIX;
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return address.getHostAddress();
	}

}
