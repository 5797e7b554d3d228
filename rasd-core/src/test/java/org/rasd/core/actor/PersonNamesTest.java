package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.actor.Docs.mentions;
import static org.rasd.core.actor.Docs.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Mention;

/** Person-name mechanisms of {@link PersonCueFinder} and the recognizer, each with sentences that must and must not give a name. */
class PersonNamesTest {
    static List<String> persons(String text) {
        return mentions(text).stream().filter(m -> m.type().equals("PERSON")).map(Mention::text).toList();
    }

    @Test
    void aFamilyNameIsNoVerbNoListItemNoWordWithAPronoun() {
        // a perfect verb after the name (عقد، رفض) is not its family name
        assertThat(persons("وكان وزير الخارجية ناجي صبري عقد اجتماعا مع نظيره.")).contains("ناجي صبري");
        assertThat(persons("وكان رامي عقد اجتماعا مع الوفد.")).doesNotContain("رامي عقد");
        // و + a word is the next item of a list, not a family name
        assertThat(persons("وهو من تأليف محمد رفعت وإخراج سامح عبد العزيز.")).contains("محمد رفعت").doesNotContain("محمد رفعت وإخراج");
        // a pronoun suffix as written (قوله) or بالـ + noun (بالتحدث)
        assertThat(persons("ونقلت الوكالة عن حمدان قوله إن الوضع هادئ.")).doesNotContain("حمدان قوله");
        assertThat(persons("سمحت المحكمة لمحامي حمدان بالتحدث إلى موكله.")).doesNotContain("حمدان بالتحدث");
        // ... but a family name with a final ه before punctuation is a name (قائمة: ..., وعبدالعزيز فلاته، ...)
        assertThat(persons("وضمت القائمة منصور الشهري، وعبدالعزيز فلاته، ووليد محبوب.")).contains("عبدالعزيز فلاته");
        assertThat(persons("وقال المدرب جون واتسون إن الفريق جاهز.")).contains("جون واتسون");
        // ... but a feminine ة is no pronoun, and a transliteration may open with بالا
        assertThat(persons("التقى الوزير ناصر بوريطة نظيره.")).contains("ناصر بوريطة");
        assertThat(persons("وقال مايكل بالاك إن الفريق جاهز.")).contains("مايكل بالاك");
    }

    @Test
    void aVerbalNounAfterAGivenNameIsNoFamilyName() {
        assertThat(persons("وتوقع رامي تزايد الأضرار الاقتصادية.")).doesNotContain("رامي تزايد");
        assertThat(persons("واستبعد رامي ارتفاع الأسعار.")).doesNotContain("رامي ارتفاع");
        assertThat(PersonCueFinder.verbalNounShape("تزايد")).isTrue();
        assertThat(PersonCueFinder.verbalNounShape("ارتفاعا")).isTrue();
        assertThat(PersonCueFinder.verbalNounShape("استبعاد")).isTrue();
        assertThat(PersonCueFinder.verbalNounShape("تامر")).isFalse();
        assertThat(PersonCueFinder.verbalNounShape("اوباما")).isFalse();
        // after a nasab chain a definite noun is no family name, a nisba is
        assertThat(persons("تولى علي بن أبي طالب الخلافة سنة 36.")).contains("علي بن أبي طالب");
        assertThat(persons("واستخلف على المدينة سهل بن حنيف الأنصاري.")).contains("سهل بن حنيف الأنصاري");
    }

    @Test
    void afterACueANameMayEndInInOrOn() {
        assertThat(persons("وقال الخبير الاقتصادي أمين فارس إن الأضرار كبيرة.")).contains("أمين فارس");
        assertThat(persons("وغاب المدافع الهولندي رون فلار عن المباراة.")).contains("رون فلار");
        // ... but not a future verb nor a plural noun that heads a complement
        assertThat(persons("وتابع أن اللاعب المناسب سيكون قادرا على ذلك.")).isEmpty();
        assertThat(persons("وقال الخبير في شؤون الجماعات إن التنظيم ضعيف.")).isEmpty();
    }

    @Test
    void aBareTriliteralAloneAfterACueIsAVerb() {
        assertThat(persons("وكان اللاعب طلب الرحيل ثلاث مرات.")).isEmpty();
        assertThat(persons("وقال اللاعب روني إن الفريق تعب.")).contains("روني");
        assertThat(PersonCueFinder.bareTriliteralVerb("طلب")).isTrue();
        assertThat(PersonCueFinder.bareTriliteralVerb("حكمت")).isTrue();
        assertThat(PersonCueFinder.bareTriliteralVerb("أحرز".replace('أ', 'ا'))).isTrue();
        assertThat(PersonCueFinder.bareTriliteralVerb("كين")).isFalse();
        assertThat(PersonCueFinder.bareTriliteralVerb("نوندا")).isFalse();
    }

    @Test
    void theWordBeforeSonOfIsTheGivenName() {
        assertThat(persons("وفي عام 38 توفي سهل بن حنيف الأنصاري في المدينة.")).contains("سهل بن حنيف الأنصاري");
        assertThat(persons("ثم جاء جيش بقيادة جارية بن قدامة إلى المدينة.")).contains("جارية بن قدامة");
        assertThat(persons("حضر الحفل الملك الحسين بن طلال.")).contains("الحسين بن طلال");
        // an adjective is no given name, nor a noun ending in ى, nor و + a word
        assertThat(persons("قال المؤرخ الكبير ابن خلدون إن الدول تشيخ.")).doesNotContain("الكبير ابن خلدون");
        assertThat(persons("سجل الهدف في مرمى بن فوستر.")).doesNotContain("مرمى بن فوستر");
    }

    @Test
    void sonOfBeforeAKinshipWordOrATitleIsNoName() {
        assertThat(persons("وكان ابن عمه يسكن في القرية.")).isEmpty();
        assertThat(persons("واستقبل ابن الملك ضيوفه.")).doesNotContain("ابن الملك");
        // after a given name بن is surely nasab, even before a word that is also a verb
        assertThat(persons("وقاد العميد محمد بن وصل الأحمدي القوة.")).contains("محمد بن وصل الأحمدي");
    }

    @Test
    void afterANasabChainOnlyADefiniteFamilyName() {
        assertThat(persons("عمل خالد بن حمد الكعبي في الشرطة.")).contains("خالد بن حمد الكعبي");
        // a feminine adjective is no family name (ـية)
        assertThat(persons("وقال إن حياة طبيعية تنتظرهم.")).isEmpty();
        assertThat(persons("ولم تهدأ إلا بتولي زيان بن مدافع مقاليد الحكم.")).contains("زيان بن مدافع");
    }

    @Test
    void aNasabAfterAPersonContinuesThatPerson() {
        List<Mention> ms = mentions("والتقى الأمير محمد بن سلمان بن عبد العزيز ولي العهد بالوفد.");
        assertThat(ms).noneMatch(m -> m.type().equals("PERSON") && m.text().startsWith("بن عبد العزيز"));
        // a one-word lexicon name followed by بن is another person's given name
        assertThat(persons("أعرب رئيس المجلس بالإنابة مبارك بن بنيه الخرينج عن رفضه.")).contains("مبارك بن بنيه الخرينج");
        // ... and a lexicon name that ends the sentence is just that name
        assertThat(persons("واستقبل الضيوف مبارك")).containsExactly("مبارك");
    }

    @Test
    void aDemonymUsedAsANounAnnouncesAName() {
        assertThat(persons("فاز اللاعب بتغلبه على الفرنسي أرنو كليمان 6 - 4.")).contains("أرنو كليمان");
        // after a noun the demonym is an adjective, and one unknown word is too little
        assertThat(persons("وصل الوفد الفرنسي صباح الأحد.")).isEmpty();
        assertThat(persons("وتحدث عن الفرنسي كتابه الجديد.")).isEmpty();
    }

    @Test
    void aSpeakerConfirmedByAnApposition() {
        assertThat(persons("وحذر إبنيزر نجوي مدير البرنامج من نقص الغذاء.")).contains("إبنيزر نجوي");
        assertThat(persons("وقال هيغ مورتن ، رئيس الشركة ، إن المبيعات ارتفعت.")).contains("هيغ مورتن");
        // a noun with a definite complement is no name (مساعد المدرب)
        assertThat(persons("من جانبه أكد مساعد المدرب أن الفريق جاهز.")).isEmpty();
        // nor a word before من or a title
        assertThat(persons("ويؤكد عدد من المصادر أن المسجد قديم.")).isEmpty();
        assertThat(persons("وقال مكتب رئيس الوزراء إن الاجتماع تأجل.")).doesNotContain("مكتب");
    }

    @Test
    void aNameAfterAndAfterAName() {
        assertThat(persons("جرى حوار بين المدرب صبري وكرويف ، وكان خطوة إيجابية.")).contains("صبري", "كرويف");
        // not و + a verb, a noun in ـاء, a stop word
        assertThat(persons("سنذكر به الدكتور حافظ المدلج ونسأل عن الرعاية.")).noneMatch(p -> p.contains("نسأل"));
        assertThat(persons("أجمل ما فيه وفاء خالد وعطاء في كل وقت.")).noneMatch(p -> p.contains("عطاء"));
        assertThat(persons("أطاحه الرئيس إدريس ديبي وعلى رغم ذلك بقي.")).noneMatch(p -> p.contains("على"));
    }

    @Test
    void theSecondPartOfACompoundGivenNameContinuesANameButOpensNone() {
        assertThat(persons("وقاد صلاح الدين الأيوبي الجيش.")).contains("صلاح الدين الأيوبي");
        assertThat(persons("ثم اعتنق الدين الحنيف في السجن.")).isEmpty();
        // الله alone does not recall عبد الله الخطيب as a family name would
        List<Mention> ms = mentions("وقال عبد الله الخطيب إن الوضع هادئ. ولكن الله يعلم.");
        assertThat(ms).filteredOn(m -> m.type().equals("PERSON")).extracting(Mention::text).containsExactly("عبد الله الخطيب");
    }

    @Test
    void givenNamesThatAreCommonWordsOpenNoName() {
        assertThat(persons("إنهم يعيشون حياة طبيعية من أجل سلام شامل.")).isEmpty();
    }

    @Test
    void aRegnalNumberBelongsToTheGivenNameBeforeIt() {
        assertThat(persons("وكان الصديق الحميم للملك ألفونسو الثالث عشر ملك إسبانيا.")).contains("ألفونسو الثالث عشر");
        assertThat(persons("وأعلن البابا غريغوري السادس عشر قراره.")).contains("غريغوري السادس عشر");
        // not after a family name: the ordinal is an adjective there (فاز هاني رمزي الثاني ...)
        assertThat(persons("وجاء اللاعب هاني الشربيني الثاني في السباق.")).contains("هاني الشربيني").doesNotContain("هاني الشربيني الثاني");
    }

    @Test
    void aFamilyNameIsNoVerbalNounWithBNorAndWithAStopWord() {
        assertThat(persons("الذي تقوم ببطولته سهير رمزي بمشاركة مصطفى فهمي.")).contains("سهير رمزي", "مصطفى فهمي");
        assertThat(persons("واعتبروا أن الذبيح كان إسحق وليس إسماعيل.")).noneMatch(p -> p.contains("وليس"));
    }

    @Test
    void aOneWordLexiconNameFollowedByMoreNameIsAnotherPerson() {
        // عيسى alone may recall a lexicon person; عيسى حمد بوشهاب is someone else
        assertThat(persons("وحضر اللقاء سعادة عيسى حمد بوشهاب سفير الدولة.")).contains("عيسى حمد بوشهاب");
    }

    @Test
    void relativePronounsAreNoGapBetweenACueAndAName() {
        assertThat(persons("اختار الناخبون العمدة الذي سيخلف بوريس جونسون.")).noneMatch(p -> p.startsWith("سيخلف"));
    }

    @Test
    void newCuesAndGivenNames() {
        assertThat(persons("بويع الخليفة عثمان بن عفان في المدينة.")).contains("عثمان بن عفان");
        assertThat(persons("وقال السناتور ارلن سبيكتر إن المشروع جاهز.")).contains("ارلن سبيكتر");
        assertThat(persons("وظهر في الفيلم بطل ملاكمة يدعى بيلي هوب ، ثم خسر.")).contains("بيلي هوب");
        // وأين "and where" is no given name (واين was left out on purpose)
        assertThat(persons("وأين توجد مقابر أجداده ؟")).isEmpty();
    }
}
