package vn.dossierledger.query.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Who a lookup comes from: the peer's address unless the peer is a trusted proxy, then
 * the nearest hop of X-Forwarded-For that is not one; an IPv6 client counts by its /64.
 */
class LookupClientsTest {

	private final LookupClients behindProxies = new LookupClients(List.of("10.0.0.0/8", "192.0.2.7"));

	@Test
	void isThePeersAddressWhenNoProxyIsTrusted() {
		LookupClients direct = new LookupClients(List.of());

		assertThat(direct.clientOf(request("10.1.2.3", "198.51.100.9"))).isEqualTo("10.1.2.3");
	}

	@Test
	void ignoresXForwardedForFromAPeerThatIsNoTrustedProxy() {
		assertThat(this.behindProxies.clientOf(request("198.51.100.9", "203.0.113.5"))).isEqualTo("198.51.100.9");
	}

	@ParameterizedTest(name = "{1} via {0}")
	@CsvSource(delimiter = ';',
			value = { "10.1.2.3; 203.0.113.5; 203.0.113.5", "10.1.2.3; 1.1.1.1, 203.0.113.5; 203.0.113.5",
					"10.1.2.3; 1.1.1.1, 203.0.113.5, 10.9.9.9, 192.0.2.7; 203.0.113.5",
					"192.0.2.7; 10.0.0.1, 10.0.0.2; 10.0.0.1", "10.1.2.3; evil.example, 203.0.113.5; 203.0.113.5",
					"10.1.2.3; 203.0.113.5, evil.example; 10.1.2.3", "10.1.2.3; 999.1.1.1; 10.1.2.3",
					"10.1.2.3; '  '; 10.1.2.3" })
	void believesTrustedProxiesBackToTheFirstHopThatIsNoProxy(String peer, String forwardedFor, String client) {
		assertThat(this.behindProxies.clientOf(request(peer, forwardedFor))).isEqualTo(client);
	}

	@Test
	void readsEveryXForwardedForHeaderInOrder() {
		MockHttpServletRequest request = request("10.1.2.3", "1.1.1.1");
		request.addHeader(LookupClients.FORWARDED_FOR, "203.0.113.5");

		assertThat(this.behindProxies.clientOf(request)).isEqualTo("203.0.113.5");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:ffff::1, 2001:db8:1:2:0:0:0:0/64",
			"::ffff:198.51.100.9, 198.51.100.9" })
	void countsAnIpv6ClientByItsNetwork(String peer, String client) {
		assertThat(new LookupClients(List.of()).clientOf(request(peer, null))).isEqualTo(client);
	}

	@Test
	void keepsAPeerThatIsNoIpAddressAsItIs() {
		assertThat(new LookupClients(List.of()).clientOf(request("unix-socket", null))).isEqualTo("unix-socket");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "proxy.example", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "" })
	void refusesATrustedProxyThatIsNoAddressOrRangeNamingTheProperty(String proxy) {
		assertThatIllegalArgumentException().isThrownBy(() -> new LookupClients(List.of(proxy)))
			.withMessageStartingWith("dossier-ledger.status-lookup.trusted-proxies");
	}

	@Test
	void matchesARangeByItsPrefix() {
		AddressRange range = AddressRange.parse("2001:db8::/32");

		assertThat(range.contains(AddressRange.literal("2001:db8:ffff::1").orElseThrow())).isTrue();
		assertThat(range.contains(AddressRange.literal("2001:db9::1").orElseThrow())).isFalse();
		assertThat(range.contains(AddressRange.literal("32.1.13.184").orElseThrow())).as("another family").isFalse();
		assertThat(AddressRange.parse("10.1.2.3/8")).isEqualTo(AddressRange.parse("10.0.0.0/8"));
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/status/X");
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader(LookupClients.FORWARDED_FOR, forwardedFor);
		}
		return request;
	}

}
