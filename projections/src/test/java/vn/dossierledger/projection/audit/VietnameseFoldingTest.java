package vn.dossierledger.projection.audit;

import java.text.Normalizer;

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
	void keepsNullAsNull() {
		assertThat(VietnameseFolding.fold(null)).isNull();
	}

}
