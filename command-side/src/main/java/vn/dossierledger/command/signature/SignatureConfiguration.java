package vn.dossierledger.command.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Wires the {@link SignatureVerifier} from the configured trust anchors and, for the
 * demo, a run-time certificate authority that is trusted as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignatureProperties.class)
class SignatureConfiguration {

	static final String DEMO_CA_ENABLED = "dossier-ledger.signature.demo-ca.enabled";

	static final String DEMO_CA_COMMON_NAME = "Dossier Ledger Demo CA";

	static final String DEMO_CA_PEM_FILE = "demo-ca.pem";

	private static final Logger logger = LoggerFactory.getLogger(SignatureConfiguration.class);

	@Bean
	@ConditionalOnProperty(name = DEMO_CA_ENABLED, havingValue = "true")
	DemoCertificateAuthority demoCertificateAuthority(ObjectProvider<Clock> clock,
			@Value("${dossier-ledger.data-dir:data}") Path dataDirectory) {
		DemoCertificateAuthority authority = DemoCertificateAuthority.generate(DEMO_CA_COMMON_NAME,
				clock.getIfAvailable(Clock::systemUTC));
		writeForInspection(authority, dataDirectory.resolve(DEMO_CA_PEM_FILE));
		return authority;
	}

	@Bean
	SignatureVerifier signatureVerifier(SignatureProperties properties, ResourceLoader resourceLoader,
			ObjectProvider<DemoCertificateAuthority> demoCertificateAuthority) {
		List<X509Certificate> trustedRoots = new ArrayList<>(loadTrustAnchors(properties.trustAnchors(),
				ResourcePatternUtils.getResourcePatternResolver(resourceLoader)));
		demoCertificateAuthority.ifAvailable((authority) -> trustedRoots.add(authority.rootCertificate()));
		if (trustedRoots.isEmpty()) {
			logger.warn("No signature trust anchors configured (dossier-ledger.signature.trust-anchors): "
					+ "every signature will be reported as untrusted");
		}
		return new X509SignatureVerifier(trustedRoots);
	}

	/**
	 * A configured anchor that cannot be read is a deployment error, so start-up fails.
	 */
	static List<X509Certificate> loadTrustAnchors(List<String> locations, ResourcePatternResolver resolver) {
		List<X509Certificate> anchors = new ArrayList<>();
		for (String location : locations) {
			Resource[] resources = resources(location, resolver);
			if (resources.length == 0) {
				throw new IllegalStateException("No trust anchor file matches " + location);
			}
			for (Resource resource : resources) {
				anchors.addAll(read(resource));
			}
		}
		return anchors;
	}

	private static Resource[] resources(String location, ResourcePatternResolver resolver) {
		try {
			return resolver.getResources(location);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot resolve trust anchors at " + location, ex);
		}
	}

	private static List<X509Certificate> read(Resource resource) {
		if (!resource.exists()) {
			throw new IllegalStateException("Trust anchor file not found: " + resource.getDescription());
		}
		try {
			return Pem.decodeCertificates(resource.getInputStream(), resource.getDescription());
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot read trust anchors from " + resource.getDescription(), ex);
		}
	}

	/**
	 * The root is only written for people to inspect; failing to write it must not stop
	 * the demo.
	 */
	private static void writeForInspection(DemoCertificateAuthority authority, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, authority.rootCertificatePem());
			logger.info("Demo certificate authority root written to {}", file.toAbsolutePath());
		}
		catch (IOException ex) {
			logger.warn("Cannot write the demo certificate authority root to {}", file.toAbsolutePath(), ex);
		}
	}

}
