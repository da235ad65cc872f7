package vn.dossierledger.projection.audit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFoldingTest {

	@Test
	void foldsDWithStrokeWhichHasNoDecomposition() {
		assertThat(VietnameseFolding.fold("đăng ký")).isEqualTo("dang ky");
		assertThat(VietnameseFolding.fold("Đỗ Thị Lan")).isEqualTo("do thi lan");
	}

	@Test
	void foldsHornedAndStackedVowelsUpperAndLowerCase() {
		assertThat(VietnameseFolding.fold("Ư ư Ơ ơ")).isEqualTo("u u o o");
		assertThat(VietnameseFolding.fold("người")).isEqualTo("nguoi");
		assertThat(VietnameseFolding.fold("chờ")).isEqualTo("cho");
		assertThat(VietnameseFolding.fold("Mỹ Kỹ")).isEqualTo("my ky");
		assertThat(VietnameseFolding.fold("NGUYỄN VĂN A BỔ SUNG")).isEqualTo("nguyen van a bo sung");
	}

	@Test
	void foldsDecomposedInputTheSameAsComposed() {
		String composed = "Nguyễn Văn A bổ sung giấy tờ";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(composed);

		assertThat(VietnameseFolding.fold(decomposed)).isEqualTo(VietnameseFolding.fold(composed))
			.isEqualTo("nguyen van a bo sung giay to");
	}

	@Test
	void leavesPlainTextDigitsAndPunctuationButLowercases() {
		assertThat(VietnameseFolding.fold("Nghị định 123/2015/NĐ-CP")).isEqualTo("nghi dinh 123/2015/nd-cp");
		assertThat(VietnameseFolding.fold("ABC def")).isEqualTo("abc def");
	}

	@Test
	void foldsEveryCharacterInAnyContextAsTheUnicodeRuleDoes() {
		// The table is only a shortcut: next to Vietnamese, a combining mark, a final
		// sigma (lowercased by context) or a surrogate pair, every character folds as
		// decomposing, dropping marks and lowercasing the whole text does.
		List<String> different = new ArrayList<>();
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			String alone = String.valueOf((char) c);
			for (String text : List.of(alone, "ngày " + alone + "\u0301 ÔΣ", "Đỗ " + alone + " \uD835\uDC00")) {
				if (!VietnameseFolding.fold(text).equals(VietnameseFolding.byRule(text))) {
					different.add(String.format("U+%04X in \"%s\"", c, text));
				}
			}
		}
		assertThat(different).isEmpty();
	}

	@Test
	void keepsNullAsNull() {
		assertThat(VietnameseFolding.fold(null)).isNull();
	}

}
