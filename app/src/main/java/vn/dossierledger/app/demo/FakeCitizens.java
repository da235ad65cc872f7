package vn.dossierledger.app.demo;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.SubjectRef;

/**
 * Made-up applicants and document fingerprints, all drawn from the simulator's seeded
 * random generator so that a seed reproduces the same province.
 */
final class FakeCitizens {

	private static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
			"Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

	private static final List<String> MIDDLE_NAMES = List.of("Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Hữu", "Thanh",
			"Quang", "Hồng");

	private static final List<String> GIVEN_NAMES = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
			"Hoa", "Hùng", "Khánh", "Linh", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Trang", "Tú", "Yến");

	private static final List<String> STREETS = List.of("phố Hàng Bạc", "phố Hàng Gai", "phố Lý Thái Tổ",
			"đường Trần Phú", "đường Lê Lợi", "phố Đinh Tiên Hoàng", "đường Bà Triệu", "phố Tràng Tiền");

	private final Random random;

	FakeCitizens(Random random) {
		this.random = random;
	}

	/** A pseudonymous subject reference, as the identity service would hand out. */
	SubjectRef newSubject(String prefix) {
		return new SubjectRef(prefix + "-" + HexFormat.of().formatHex(randomBytes(6)));
	}

	/**
	 * @param provinceIdPrefix the first three digits of a citizen id for the province
	 */
	PersonalData personalData(String provinceIdPrefix) {
		String name = pick(FAMILY_NAMES) + " " + pick(MIDDLE_NAMES) + " " + pick(GIVEN_NAMES);
		String idNumber = provinceIdPrefix + digits(9);
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(this.random.nextInt(365 * 55));
		String address = (1 + this.random.nextInt(180)) + " " + pick(STREETS);
		String phone = "09" + digits(8);
		String email = this.random.nextInt(3) == 0 ? null : "cd" + digits(6) + "@example.vn";
		return new PersonalData(name, idNumber, born, address, phone, email);
	}

	/** SHA-256 of random bytes: stands in for the fingerprint of a scanned file. */
	String documentSha256() {
		return sha256(randomBytes(64));
	}

	/** A random (version 4) UUID drawn from the seeded generator. */
	String uuid() {
		ByteBuffer bytes = ByteBuffer.wrap(randomBytes(16));
		long most = (bytes.getLong() & ~0xF000L) | 0x4000L;
		long least = (bytes.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append(this.random.nextInt(10));
		}
		return digits.toString();
	}

	<T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	private byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
