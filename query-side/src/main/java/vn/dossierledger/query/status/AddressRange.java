package vn.dossierledger.query.status;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IP address or a CIDR range of them, e.g. {@code 10.0.0.0/8} or {@code ::1}.
 *
 * @param network the range's address, its host bits zero
 * @param prefixLength how many leading bits a member shares with it
 */
record AddressRange(byte[] network, int prefixLength) {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	/**
	 * Parses {@code address} or {@code address/prefix}.
	 * @throws IllegalArgumentException when it is neither
	 */
	static AddressRange parse(String text) {
		String trimmed = text.trim();
		int slash = trimmed.indexOf('/');
		String address = (slash < 0) ? trimmed : trimmed.substring(0, slash);
		byte[] bytes = literal(address)
			.orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + text))
			.getAddress();
		int prefix = bytes.length * 8;
		if (slash >= 0) {
			try {
				prefix = Integer.parseInt(trimmed.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + text, ex);
			}
			if (prefix < 0 || prefix > bytes.length * 8) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
			}
		}
		return new AddressRange(masked(bytes, prefix), prefix);
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == this.network.length && Arrays.equals(masked(bytes, this.prefixLength), this.network);
	}

	/**
	 * An IP address written as a literal; never a host name, so that no header can make
	 * the ledger ask the DNS. IPv4-mapped IPv6 addresses come back as IPv4.
	 */
	static Optional<InetAddress> literal(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher ipv4 = IPV4.matcher(text);
		try {
			if (ipv4.matches()) {
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int part = Integer.parseInt(ipv4.group(i + 1));
					if (part > 255) {
						return Optional.empty();
					}
					bytes[i] = (byte) part;
				}
				return Optional.of(InetAddress.getByAddress(bytes));
			}
			if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
				// In brackets the JDK takes it for an IPv6 literal or refuses it: no
				// lookup.
				return Optional.of(InetAddress.getByName("[" + text + "]"));
			}
		}
		catch (UnknownHostException ex) {
			// not a literal
		}
		return Optional.empty();
	}

	static byte[] masked(byte[] address, int prefixLength) {
		byte[] masked = address.clone();
		for (int i = 0; i < masked.length; i++) {
			int bits = Math.min(8, Math.max(0, prefixLength - i * 8));
			masked[i] = (byte) (masked[i] & (0xFF << (8 - bits)));
		}
		return masked;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AddressRange range && range.prefixLength == this.prefixLength
				&& Arrays.equals(range.network, this.network);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.network) + this.prefixLength;
	}

	@Override
	public String toString() {
		try {
			return InetAddress.getByAddress(this.network).getHostAddress() + "/" + this.prefixLength;
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
