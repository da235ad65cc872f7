package vn.dossierledger.identity;

import java.util.function.Supplier;

import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * How the tokens of one trusted issuer are checked: its keys, its {@code iss}, the
 * ledger's audience and the token's lifetime. Built on first use, so that the ledger
 * starts while an identity provider is still starting.
 *
 * @param issuer the {@code iss} its tokens carry
 * @param decoder builds the decoder
 */
public record IssuerDecoder(String issuer, Supplier<JwtDecoder> decoder) {

}
