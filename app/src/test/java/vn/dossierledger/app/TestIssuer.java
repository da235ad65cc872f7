package vn.dossierledger.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * An identity provider for tests of the production profiles, where the development issuer
 * is refused: it publishes its signing key as a JWK set over HTTP and signs tokens with
 * it, so that the application checks them exactly as it checks a real provider's (keys
 * fetched from {@code jwk-set-uri}, issuer, audience, lifetime). One per test JVM.
 */
final class TestIssuer {

	static final String AUDIENCE = "dossier-ledger";

	private static TestIssuer shared;

	private final RSAKey key;

	private final String issuer;

	private TestIssuer() throws IOException {
		this.key = newKey();
		HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		byte[] keys = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		server.createContext("/jwks", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(keys);
			}
		});
		server.setExecutor(null);
		server.start();
		this.issuer = "http://localhost:" + server.getAddress().getPort();
	}

	static synchronized TestIssuer shared() {
		if (shared == null) {
			try {
				shared = new TestIssuer();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return shared;
	}

	/** What makes the application trust this issuer (and only it). */
	Map<String, Object> properties() {
		return Map.of("dossier-ledger.security.issuers[0].issuer", this.issuer,
				"dossier-ledger.security.issuers[0].audience", AUDIENCE,
				"dossier-ledger.security.issuers[0].jwk-set-uri", this.issuer + "/jwks");
	}

	/** Tokens for people whose role the given function tells. */
	Tokens tokens(Function<String, Role> roles) {
		return (personId) -> sign(personId, roles.apply(personId), this.issuer, AUDIENCE,
				Instant.now().plusSeconds(3600));
	}

	/** A token exactly as given, e.g. expired or for another audience. */
	String sign(String personId, Role role, String issuer, String audience, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(personId)
			.issuer(issuer)
			.audience(audience)
			.issueTime(Date.from(Instant.now().minusSeconds(5)))
			.expirationTime(Date.from(expiresAt))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", List.of(role.name()))
			.build();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		try {
			token.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	String issuer() {
		return this.issuer;
	}

	/** As the development issuer tells people apart (identity.development.DemoPeople). */
	static Role roleOf(String id, OfficerRegistry organisation) {
		if (organisation.officer(id).isPresent()) {
			return Role.OFFICER;
		}
		return switch (id) {
			case LedgerApi.INSPECTOR -> Role.INSPECTOR;
			case LedgerApi.ANALYST -> Role.ANALYST;
			case LedgerApi.ADMIN -> Role.ADMIN;
			case "NATIONAL_PORTAL", "LOCAL_GATEWAY" -> Role.PAYMENT_GATEWAY;
			default -> Role.CITIZEN;
		};
	}

	private static RSAKey newKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
