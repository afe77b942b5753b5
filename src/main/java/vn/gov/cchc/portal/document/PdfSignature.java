package vn.gov.cchc.portal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.document.internal.SigningKey;

/**
 * Signs an issued document's PDF the PAdES way (ETSI.CAdES.detached, baseline B-B): an incremental update holding a
 * detached CMS signature over the whole file, with the signer's certificate and its ESS signing-certificate-v2 in the
 * signed attributes, the signing time in the PDF's signature dictionary (not in the CMS), by Apache PDFBox and
 * Bouncy Castle. Any later change to a byte of the signed range breaks it, and {@code pdfsig} says so.
 */
@Component
public class PdfSignature {

    private final SigningKey key;

    PdfSignature(SigningKey key) {
        this.key = key;
    }

    /**
     * @param signer who signs, as the signature block prints them ("Đỗ Quang Thịnh, Chánh Văn phòng")
     * @param reason what the signature is for ("Ban hành Báo cáo tóm tắt số 86/BC-VPBCĐ")
     */
    public byte[] sign(byte[] pdf, String signer, String reason, Instant at) {
        SigningKey.Loaded loaded = key.get();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer);
            signature.setReason(reason);
            signature.setLocation("Hà Nội");
            Calendar when = GregorianCalendar.from(at.atZone(PortalTime.ZONE));
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, content -> cms(content, loaded), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign the document", e);
        }
    }

    private static byte[] cms(InputStream content, SigningKey.Loaded loaded) throws IOException {
        try {
            X509Certificate certificate = loaded.chain().getFirst();
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                    new ESSCertIDv2[] {new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                            MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()))}))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(signed));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    // PAdES: the signing time is the PDF's, never a CMS attribute
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(loaded.key()), certificate));
            generator.addCertificates(new JcaCertStore(loaded.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IOException("Cannot make the CMS signature", e);
        }
    }
}
